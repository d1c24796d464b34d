package kiosk.app.model;

/** The identity documents a resident can identify with; each service says which it accepts. */
public enum DocumentType {
    /** Second-generation resident ID card (居民身份证), read by the SAM module. */
    RESIDENT_ID,
    /** Foreigner's permanent residence ID card (外国人永久居留身份证). */
    FOREIGN_PERMANENT,
    /** Residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证). */
    HMT_RESIDENCE,
    /** An electronic identity code shown on a phone (网证 / 电子证照), scanned as a QR code. */
    E_ID
}
