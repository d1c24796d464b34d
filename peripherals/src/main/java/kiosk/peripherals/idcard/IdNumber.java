package kiosk.peripherals.idcard;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-character citizen identity number (GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 * Also used by residence permits for Hong Kong, Macao and Taiwan residents (address codes 81/82/83).
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Validates format, birth date and check character. */
    public static IdNumber parse(String text) throws IdNumberException {
        if (text == null || text.length() != 18) {
            throw new IdNumberException("idcard.id-number.length", "ID number must have 18 characters");
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                throw new IdNumberException("idcard.id-number.format", "ID number must start with 17 digits");
            }
        }
        char last = text.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            throw new IdNumberException("idcard.id-number.format", "ID number check character must be 0-9 or X");
        }
        if (checkCharacter(text.substring(0, 17)) != last) {
            throw new IdNumberException("idcard.id-number.check", "ID number check character does not match");
        }
        try {
            LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IdNumberException("idcard.id-number.birth-date", "ID number holds no valid birth date");
        }
        return new IdNumber(text);
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** Sex from the parity of the sequence number. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String addressCode() {
        return value.substring(0, 6);
    }

    public String masked() {
        return PersonalData.maskIdNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
