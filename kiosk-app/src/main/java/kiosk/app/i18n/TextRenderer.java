package kiosk.app.i18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders {@link Txt} in one language: the one place that formats money and dates for residents. */
public record TextRenderer(Messages messages, Language language, ZoneId zone) {

    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter ZH_MOMENT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN_MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    public String render(Txt text) {
        if (text instanceof Txt.Key k) {
            return messages.get(language, k.key(), k.args().stream().map(this::arg).toArray());
        } else if (text instanceof Txt.Words w) {
            return w.text().in(language.locale());
        } else if (text instanceof Txt.Plain p) {
            return p.text();
        } else if (text instanceof Txt.Money m) {
            return Messages.yuan(m.cents());
        } else if (text instanceof Txt.Day d) {
            return (language == Language.EN ? EN_DAY : ZH_DAY).format(d.date());
        }
        return (language == Language.EN ? EN_MOMENT : ZH_MOMENT).format(((Txt.Moment) text).at().atZone(zone));
    }

    public String t(String key, Object... args) {
        return messages.get(language, key, args);
    }

    private Object arg(Object value) {
        return value instanceof Txt t ? render(t) : value;
    }
}
