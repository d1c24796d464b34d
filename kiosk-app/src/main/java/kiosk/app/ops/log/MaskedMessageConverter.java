package kiosk.app.ops.log;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** %maskedMsg in a logback pattern: the formatted message with personal data masked. */
public final class MaskedMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMask.mask(event.getFormattedMessage());
    }
}
