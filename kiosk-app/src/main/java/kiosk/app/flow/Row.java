package kiosk.app.flow;

import kiosk.app.i18n.Txt;

/** A label and its value, on a screen, a confirmation page, a receipt or a document. */
public record Row(Txt label, Txt value, Tone tone) {

    /** How a value stands out: neutral, good news, something to act on. */
    public enum Tone { NORMAL, GOOD, WARNING }

    public static Row of(Txt label, Txt value) {
        return new Row(label, value, Tone.NORMAL);
    }

    public static Row of(String labelKey, Txt value) {
        return new Row(Txt.key(labelKey), value, Tone.NORMAL);
    }

    public Row tone(Tone t) {
        return new Row(label, value, t);
    }
}
