package kiosk.peripherals.idcard;

/**
 * Card types the SAM module reads, told apart by the marker character at text-block offset 248:
 * a space (or zero) for the resident ID card, 'I' for the foreigner's permanent residence card,
 * 'J' for the residence permit of Hong Kong, Macao and Taiwan residents.
 */
public enum CardType {
    RESIDENT_ID(' '),
    FOREIGN_PERMANENT_RESIDENCE('I'),
    HMT_RESIDENCE_PERMIT('J');

    private final char marker;

    CardType(char marker) {
        this.marker = marker;
    }

    public char marker() {
        return marker;
    }
}
