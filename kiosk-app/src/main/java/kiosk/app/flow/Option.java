package kiosk.app.flow;

import kiosk.app.i18n.Txt;

/**
 * One choice on a choice step. {@code status} says why a disabled option cannot be chosen (paid already,
 * only at a counter), from the backend's typed status, never from its words.
 */
public record Option(String id, Txt label, Txt detail, Txt status, long amountCents, boolean enabled) {

    public static Option of(String id, Txt label) {
        return new Option(id, label, null, null, 0, true);
    }

    public Option detail(Txt d) {
        return new Option(id, label, d, status, amountCents, enabled);
    }

    public Option amount(long cents) {
        return new Option(id, label, detail, status, cents, enabled);
    }

    public Option disabled(Txt why) {
        return new Option(id, label, detail, why, amountCents, false);
    }

    public Option status(Txt s) {
        return new Option(id, label, detail, s, amountCents, enabled);
    }
}
