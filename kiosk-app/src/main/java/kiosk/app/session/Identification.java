package kiosk.app.session;

import java.util.Objects;

/**
 * Who the resident is, as read from their ID card: only what the kiosk's services need. Personal
 * data: toString masks it and the session drops it when it ends.
 */
public record Identification(String name, String idNumber) {

    public Identification {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
    }

    /** 张* / 王** : the family name stays, the rest is hidden (code points, so rare characters stay whole). */
    public static String maskName(String name) {
        int count = name.codePointCount(0, name.length());
        if (count <= 1) {
            return "*";
        }
        int firstEnd = name.offsetByCodePoints(0, 1);
        return name.substring(0, firstEnd) + "*".repeat(count - 1);
    }

    /** 110101********1235 : region and last four, nothing of the birth date. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber.length() < 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    public String maskedName() {
        return maskName(name);
    }

    public String maskedIdNumber() {
        return maskIdNumber(idNumber);
    }

    @Override
    public String toString() {
        return "Identification[" + maskedName() + ", " + maskedIdNumber() + "]";
    }
}
