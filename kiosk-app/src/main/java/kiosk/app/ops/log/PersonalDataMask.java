package kiosk.app.ops.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for log lines: whatever the code logged, resident ID numbers (18 digits, the
 * last may be X, or the old 15) and mobile numbers leave the process masked. Names cannot be recognised
 * by shape; keeping them out of log calls is the code's job (PiiNeverLoggedTest).
 */
public final class PersonalDataMask {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        Matcher id = ID_NUMBER.matcher(text);
        String out = id.find() ? id.replaceAll(m -> m.group().substring(0, 2) + "*".repeat(m.group().length() - 4)
                + m.group().substring(m.group().length() - 2)) : text;
        Matcher mobile = MOBILE.matcher(out);
        return mobile.find() ? mobile.replaceAll("$1****$3") : out;
    }
}
