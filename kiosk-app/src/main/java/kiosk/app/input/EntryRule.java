package kiosk.app.input;

/**
 * What a typed value may be: a keypad asks, before each key, whether the value with that key is still
 * on the way to something valid, and enables confirm only once the value is complete.
 */
public interface EntryRule {

    /** Whether {@code value} is empty or the start of at least one complete value. */
    boolean isPrefix(String value);

    /** Whether {@code value} is a complete, valid value. */
    boolean isComplete(String value);
}
