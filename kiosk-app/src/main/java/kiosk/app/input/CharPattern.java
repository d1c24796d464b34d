package kiosk.app.input;

import java.util.List;

/**
 * A fixed-length value as one allowed character set per position, so "is this a valid start?" is a
 * per-position check rather than a regular expression over partial input.
 */
record CharPattern(List<String> positions) implements EntryRule {

    CharPattern {
        positions = List.copyOf(positions);
    }

    static CharPattern of(String... positions) {
        return new CharPattern(List.of(positions));
    }

    /** The same set repeated {@code count} times after the given positions. */
    CharPattern then(String set, int count) {
        var out = new java.util.ArrayList<>(positions);
        for (int i = 0; i < count; i++) {
            out.add(set);
        }
        return new CharPattern(out);
    }

    @Override
    public boolean isPrefix(String value) {
        int[] cps = value.codePoints().toArray();
        if (cps.length > positions.size()) {
            return false;
        }
        for (int i = 0; i < cps.length; i++) {
            if (positions.get(i).indexOf(cps[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isComplete(String value) {
        return value.codePointCount(0, value.length()) == positions.size() && isPrefix(value);
    }
}
