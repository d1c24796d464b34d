package kiosk.app.assembly;

/**
 * When failed looks at the backend's health make an outage: two in a row. One slow or lost answer of a
 * busy backend (a nightly batch, a dropped packet) must not turn every service on the menu unavailable;
 * a backend already known down is up again at its first good answer.
 */
final class OutageRule {

    /** Failed looks in a row that make an outage. */
    static final int LOOKS_TO_DOWN = 2;

    /** What to do with one look's answer. */
    enum Verdict {
        UP, DOWN, LOOK_AGAIN
    }

    private boolean knownDown;
    private int failures;

    Verdict look(boolean answeredUp) {
        if (answeredUp) {
            failures = 0;
            knownDown = false;
            return Verdict.UP;
        }
        if (knownDown || ++failures >= LOOKS_TO_DOWN) {
            knownDown = true;
            return Verdict.DOWN;
        }
        return Verdict.LOOK_AGAIN;
    }
}
