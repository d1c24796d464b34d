package kiosk.app.model;

import java.util.Objects;

/**
 * Who the resident is, as read from their document: only what the kiosk's services need. Personal data:
 * toString masks it and the visit drops it when it ends.
 */
public record Identification(DocumentType type, String name, String idNumber, String maskedNumber) {

    /**
     * {@code idNumber} is the document's number (for an e-ID, the backend's resident id, which keys reprints);
     * {@code maskedNumber} is what screens and paper show, derived from the number unless the backend gave it.
     */
    public Identification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        maskedNumber = maskedNumber != null ? maskedNumber : maskIdNumber(idNumber);
    }

    public Identification(DocumentType type, String name, String idNumber) {
        this(type, name, idNumber, null);
    }

    /** A resident ID card. */
    public Identification(String name, String idNumber) {
        this(DocumentType.RESIDENT_ID, name, idNumber);
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

    /** 330602********1234 : region and last four, nothing of the birth date. */
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
        return maskedNumber;
    }

    @Override
    public String toString() {
        return "Identification[" + type + ", " + maskedName() + ", " + maskedIdNumber() + "]";
    }
}
