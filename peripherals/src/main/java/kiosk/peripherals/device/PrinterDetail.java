package kiosk.peripherals.device;

/**
 * Receipt or document printer detail, after XFS4IoT Printer paper states and UnifiedPOS
 * POSPrinter status updates.
 */
public record PrinterDetail(Paper paper, boolean coverOpen, boolean cutterError, boolean mediaJammed)
        implements StatusDetail {

    public enum Paper { UNKNOWN, FULL, LOW, OUT, JAMMED }

    public static final PrinterDetail READY = new PrinterDetail(Paper.FULL, false, false, false);
    public static final PrinterDetail UNKNOWN = new PrinterDetail(Paper.UNKNOWN, false, false, false);

    /** Whether a receipt can be printed now (low paper still prints). */
    public boolean canPrint() {
        return (paper == Paper.FULL || paper == Paper.LOW || paper == Paper.UNKNOWN)
                && !coverOpen && !cutterError && !mediaJammed;
    }
}
