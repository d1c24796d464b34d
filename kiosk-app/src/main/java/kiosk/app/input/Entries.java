package kiosk.app.input;

import java.util.ArrayList;
import java.util.List;

/** The kiosk's entry kinds: digits, a mainland mobile number, a licence plate, engine-number digits. */
public final class Entries {

    /** Mainland province-level abbreviations, in the order residents know from plate keyboards. */
    public static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    static final String DIGITS = "0123456789";
    /** Plate letters: I and O are never used (they read as 1 and 0). */
    static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final List<List<String>> DIGIT_ROWS = rows("123", "456", "789", "0");

    private Entries() {
    }

    /** Between {@code min} and {@code max} digits. */
    public static EntryKind digits(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("digits need 1 <= min <= max");
        }
        List<EntryRule> lengths = new ArrayList<>();
        for (int n = min; n <= max; n++) {
            lengths.add(new CharPattern(List.of()).then(DIGITS, n));
        }
        return new EntryKind("digits", new AnyOf(lengths), value -> DIGIT_ROWS);
    }

    /** A mainland mobile number: 11 digits, 1 then 3-9. */
    public static EntryKind mobile() {
        EntryRule rule = CharPattern.of("1", "3456789").then(DIGITS, 9);
        return new EntryKind("phone", rule, value -> DIGIT_ROWS);
    }

    /**
     * A mainland licence plate (GA 36-2018): province, issuing-office letter, then five letters or
     * digits (ordinary, 7 characters) or six for a new-energy plate (8 characters): small cars D or F
     * then a letter or digit then four digits (浙DF12345), large vehicles five digits then D or F.
     */
    public static EntryKind plate() {
        String serial = DIGITS + PLATE_LETTERS;
        CharPattern head = CharPattern.of(PROVINCES, PLATE_LETTERS);
        EntryRule ordinary = head.then(serial, 5);
        EntryRule smallNewEnergy = head.then("DF", 1).then(serial, 1).then(DIGITS, 4);
        EntryRule largeNewEnergy = head.then(DIGITS, 5).then("DF", 1);
        EntryRule rule = new AnyOf(List.of(ordinary, smallNewEnergy, largeNewEnergy));
        List<List<String>> provinceRows = rows(PROVINCES.substring(0, 8), PROVINCES.substring(8, 16),
                PROVINCES.substring(16, 24), PROVINCES.substring(24));
        List<List<String>> serialRows = rows(DIGITS.substring(1) + "0", "QWERTYUP", "ASDFGHJKL", "ZXCVBNM");
        return new EntryKind("plate", rule, value -> value.isEmpty() ? provinceRows : serialRows);
    }

    /** The last 4 to 6 characters of an engine number, as printed on the registration certificate. */
    public static EntryKind engineTail() {
        String chars = DIGITS + LETTERS;
        EntryRule rule = new AnyOf(List.of(new CharPattern(List.of()).then(chars, 4),
                new CharPattern(List.of()).then(chars, 5), new CharPattern(List.of()).then(chars, 6)));
        List<List<String>> keys = rows("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM");
        return new EntryKind("engine", rule, value -> keys);
    }

    /**
     * A day as eight digits, year month day (20200101), checked as typed: years 1900 to 2099, months 01
     * to 12, days 01 to 31 (whether the day exists, and is in the past, is the service's rule).
     */
    public static EntryKind date() {
        List<EntryRule> alternatives = new ArrayList<>();
        for (String[] year : new String[][] {{"1", "9"}, {"2", "0"}}) {
            for (String[] month : new String[][] {{"0", "123456789"}, {"1", "012"}}) {
                for (String[] day : new String[][] {{"0", "123456789"}, {"12", DIGITS}, {"3", "01"}}) {
                    alternatives.add(CharPattern.of(year[0], year[1], DIGITS, DIGITS, month[0], month[1], day[0], day[1]));
                }
            }
        }
        return new EntryKind("date", new AnyOf(alternatives), value -> DIGIT_ROWS);
    }

    /** A reference printed on a paper (a health check's number): 6 to 32 letters, digits and dashes. */
    public static EntryKind reference() {
        String chars = DIGITS + LETTERS + "-";
        List<EntryRule> lengths = new ArrayList<>();
        for (int n = 6; n <= 32; n++) {
            lengths.add(new CharPattern(List.of()).then(chars, n));
        }
        List<List<String>> keys = rows("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM");
        return new EntryKind("reference", new AnyOf(lengths), value -> keys);
    }

    private static List<List<String>> rows(String... rows) {
        List<List<String>> out = new ArrayList<>();
        for (String row : rows) {
            out.add(row.codePoints().mapToObj(Character::toString).toList());
        }
        return List.copyOf(out);
    }
}
