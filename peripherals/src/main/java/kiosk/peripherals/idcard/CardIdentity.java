package kiosk.peripherals.idcard;

import java.time.LocalDate;

/**
 * What a SAM module reads from one card. Every implementation masks personal data in toString()
 * and can wipe its photo once the session no longer needs it.
 */
public sealed interface CardIdentity permits ResidentIdCard, ForeignPermanentResidenceCard, HmtResidencePermit {

    CardType cardType();

    /** The name to address the holder by (the Chinese name where the card has one). */
    String displayName();

    Sex sex();

    LocalDate birthDate();

    /** The document's own number: ID number or permanent residence card number. */
    String documentNumber();

    Validity validity();

    WltPhoto photo();

    /** Zeroes the photo bytes. */
    default void wipe() {
        photo().wipe();
    }
}
