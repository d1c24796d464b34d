package kiosk.app.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What admin screens show of event texts: ID numbers, phone numbers and long digit runs masked, so the
 * staff member at the kiosk (and whoever looks over a shoulder) reads what happened, not to whom.
 */
public final class PersonalDataMask {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");
    private static final Pattern LONG_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9,}(?![0-9])");

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        String out = ID_NUMBER.matcher(text).replaceAll("$1**********$2");
        out = PHONE.matcher(out).replaceAll("$1****$2");
        Matcher m = LONG_DIGITS.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(sb, digits.substring(0, 2) + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 2));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
