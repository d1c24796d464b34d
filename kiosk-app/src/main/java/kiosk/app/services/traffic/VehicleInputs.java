package kiosk.app.services.traffic;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a plate and an engine-number tail typed on the kiosk's keypads meet before they are sent:
 * a province abbreviation, the issuing authority's letter, then five characters (six on new-energy plates),
 * letters without I and O as on real plates; the last four to six characters of the engine number.
 */
final class VehicleInputs {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final Pattern PLATE = Pattern.compile("[" + PROVINCES + "][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}");
    private static final Pattern ENGINE_TAIL = Pattern.compile("[A-Z0-9]{4,6}");

    private VehicleInputs() {
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    static boolean plate(String typed) {
        return PLATE.matcher(normalize(typed)).matches();
    }

    static boolean engineTail(String typed) {
        return ENGINE_TAIL.matcher(normalize(typed)).matches();
    }
}
