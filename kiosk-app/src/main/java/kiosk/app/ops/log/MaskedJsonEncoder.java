package kiosk.app.ops.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * One JSON object per line: time, level, logger, thread, message, MDC and the error (class, message and
 * the kiosk's own frames), every text passed through {@link PersonalDataMask}. For log shippers and
 * journald alike; no field holds unmasked free text.
 */
public final class MaskedJsonEncoder extends EncoderBase<ILoggingEvent> {

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] NONE = new byte[0];
    private static final int MAX_FRAMES = 12;
    private static final int MAX_CAUSES = 4;

    @Override
    public byte[] headerBytes() {
        return NONE;
    }

    @Override
    public byte[] footerBytes() {
        return NONE;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            g.writeStringField("level", event.getLevel().toString());
            g.writeStringField("logger", event.getLoggerName());
            g.writeStringField("thread", event.getThreadName());
            g.writeStringField("message", PersonalDataMask.mask(event.getFormattedMessage()));
            Map<String, String> mdc = event.getMDCPropertyMap();
            if (mdc != null && !mdc.isEmpty()) {
                g.writeObjectFieldStart("mdc");
                for (Map.Entry<String, String> e : mdc.entrySet()) {
                    g.writeStringField(e.getKey(), PersonalDataMask.mask(e.getValue()));
                }
                g.writeEndObject();
            }
            IThrowableProxy error = event.getThrowableProxy();
            if (error != null) {
                g.writeArrayFieldStart("error");
                for (int depth = 0; error != null && depth < MAX_CAUSES; depth++, error = error.getCause()) {
                    g.writeStartObject();
                    g.writeStringField("class", error.getClassName());
                    g.writeStringField("message", PersonalDataMask.mask(error.getMessage()));
                    g.writeArrayFieldStart("at");
                    int frames = 0;
                    for (StackTraceElementProxy frame : error.getStackTraceElementProxyArray()) {
                        if (frames++ == MAX_FRAMES) {
                            break;
                        }
                        g.writeString(frame.getStackTraceElement().toString());
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
