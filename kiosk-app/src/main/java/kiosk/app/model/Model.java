package kiosk.app.model;

/**
 * Checks the records of the domain make when they are built: an answer that breaks them is not an
 * answer (the backend client turns the failure into a BAD_RESPONSE), never a half-filled screen.
 */
public final class Model {

    private Model() {
    }

    public static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing or empty " + field);
        }
        return value;
    }

    public static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(what);
        }
    }
}
