package kiosk.app.journal;

/** A state change the journal's state machine does not allow: a programming error, never data loss. */
public final class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(String what, Enum<?> from, Enum<?> to) {
        super(what + ": " + from + " -> " + to + " is not a legal transition");
    }
}
