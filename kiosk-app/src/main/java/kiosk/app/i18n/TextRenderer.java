package kiosk.app.i18n;

import java.time.ZoneId;

/** Renders {@link Txt} in one language: the one place that formats money and dates for residents. */
public record TextRenderer(Messages messages, Language language, ZoneId zone) {

    public String render(Txt text) {
        if (text instanceof Txt.Key k) {
            return messages.get(language, k.key(), k.args().stream().map(this::arg).toArray());
        } else if (text instanceof Txt.Words w) {
            return w.text().in(language.locale());
        } else if (text instanceof Txt.Plain p) {
            return p.text();
        } else if (text instanceof Txt.Money m) {
            return Formats.money(m.cents(), language);
        } else if (text instanceof Txt.Day d) {
            return Formats.date(d.date(), language);
        }
        return Formats.dateTime(((Txt.Moment) text).at().atZone(zone).toLocalDateTime(), language);
    }

    /** An amount in fen as this language reads it (see {@link Formats#money}). */
    public String money(long cents) {
        return Formats.money(cents, language);
    }

    public String t(String key, Object... args) {
        return messages.get(language, key, args);
    }

    private Object arg(Object value) {
        return value instanceof Txt t ? render(t) : value;
    }
}
