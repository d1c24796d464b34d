package kiosk.stub.seed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** GB 11643 citizen ID numbers: 6-digit area, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static String build(String areaCode, LocalDate birth, int sequence) {
        String first17 = areaCode + birth.format(BASIC) + String.format("%03d", sequence);
        return first17 + checkCharacter(first17);
    }

    /** Format, a real calendar birth date and the check character. */
    public static boolean isValid(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.parse(id.substring(6, 14), BASIC);
        } catch (DateTimeParseException e) {
            return false;
        }
        return checkCharacter(id.substring(0, 17)) == id.charAt(17);
    }

    /** 110***********1235: enough for a resident to recognise, useless to anyone else. */
    public static String mask(String id) {
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }
}
