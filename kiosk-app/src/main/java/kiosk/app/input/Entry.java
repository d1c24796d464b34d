package kiosk.app.input;

import java.util.Objects;

/**
 * What a resident has typed so far on a keypad: immutable, so a view keeps the latest and re-renders.
 * A key that would make the value invalid is refused ({@link #canType}); {@link #complete()} gates the
 * confirm key. Code-point aware, so a province abbreviation counts as one character.
 */
public record Entry(EntryKind kind, String value) {

    public Entry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
        if (!kind.rule().isPrefix(value)) {
            throw new IllegalArgumentException("not a valid start for " + kind.id());
        }
    }

    public boolean canType(String key) {
        return !key.isEmpty() && kind.rule().isPrefix(value + key);
    }

    /** The entry with {@code key} appended, or this entry when the key is refused. */
    public Entry type(String key) {
        return canType(key) ? new Entry(kind, value + key) : this;
    }

    public Entry backspace() {
        if (value.isEmpty()) {
            return this;
        }
        return new Entry(kind, value.substring(0, value.offsetByCodePoints(value.length(), -1)));
    }

    public Entry cleared() {
        return new Entry(kind, "");
    }

    public boolean complete() {
        return kind.rule().isComplete(value);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Never prints the value: a phone number or plate is personal data. */
    @Override
    public String toString() {
        return "Entry[" + kind.id() + ", " + value.codePointCount(0, value.length()) + " chars]";
    }
}
