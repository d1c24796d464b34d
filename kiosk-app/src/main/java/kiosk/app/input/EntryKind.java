package kiosk.app.input;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of on-screen entry: its rule, and the keys to show for what has been typed so far (a plate
 * shows the province picker first, then letters and digits). {@code id} names its bundle keys
 * ({@code keypad.<id>.title}, {@code keypad.<id>.hint}).
 */
public final class EntryKind {

    private final String id;
    private final EntryRule rule;
    private final Function<String, List<List<String>>> keys;

    EntryKind(String id, EntryRule rule, Function<String, List<List<String>>> keys) {
        this.id = Objects.requireNonNull(id);
        this.rule = Objects.requireNonNull(rule);
        this.keys = Objects.requireNonNull(keys);
    }

    public String id() {
        return id;
    }

    public EntryRule rule() {
        return rule;
    }

    /** Rows of keys (each key a string to append) for a keypad showing {@code value}. */
    public List<List<String>> keyRows(String value) {
        return keys.apply(value);
    }

    /** An empty entry of this kind. */
    public Entry start() {
        return new Entry(this, "");
    }

    @Override
    public String toString() {
        return "EntryKind[" + id + "]";
    }
}
