package kiosk.peripherals.idcard;

/**
 * Masks personal data for toString(), logs and diagnostics: enough to recognise one's own card,
 * too little to identify anyone. Works on code points, so rare characters outside the BMP count
 * as one character and are never split.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** "110101198503151235" -> "1101**********1235". */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null || idNumber.isEmpty()) {
            return "";
        }
        int n = idNumber.codePointCount(0, idNumber.length());
        if (n <= 8) {
            return "*".repeat(n);
        }
        return keep(idNumber, 4) + "*".repeat(n - 8) + idNumber.substring(idNumber.offsetByCodePoints(0, n - 4));
    }

    /** "张伟" -> "张*", "王𫓧明" -> "王**"; a one-character name becomes "*". */
    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int n = name.codePointCount(0, name.length());
        if (n == 1) {
            return "*";
        }
        return keep(name, 1) + "*".repeat(n - 1);
    }

    /** Keeps the first three characters (province or city), masks the rest. */
    public static String maskAddress(String address) {
        if (address == null || address.isEmpty()) {
            return "";
        }
        int n = address.codePointCount(0, address.length());
        return n <= 3 ? "*".repeat(n) : keep(address, 3) + "*".repeat(Math.min(6, n - 3));
    }

    /** Document numbers other than ID numbers: first two and last two characters. */
    public static String maskDocumentNumber(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        int n = number.codePointCount(0, number.length());
        if (n <= 4) {
            return "*".repeat(n);
        }
        return keep(number, 2) + "*".repeat(n - 4) + number.substring(number.offsetByCodePoints(0, n - 2));
    }

    private static String keep(String s, int codePoints) {
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }
}
