package kiosk.peripherals.device;

/** Card reader detail, after XFS4IoT CardReader media and chip power states. */
public record CardReaderDetail(Media media, Chip chip) implements StatusDetail {

    public enum Media { UNKNOWN, PRESENT, NOT_PRESENT, JAMMED, ENTERING, LATCHED }

    public enum Chip { UNKNOWN, ONLINE, BUSY, POWERED_OFF, NO_DEVICE, HARDWARE_ERROR, NO_CARD }

    public static final CardReaderDetail NO_CARD = new CardReaderDetail(Media.NOT_PRESENT, Chip.NO_CARD);
    public static final CardReaderDetail CARD_PRESENT = new CardReaderDetail(Media.PRESENT, Chip.ONLINE);
}
