package kiosk.peripherals.device;

/** Barcode reader detail, after XFS4IoT Barcode reader scanner status. */
public record ScannerDetail(Scanner scanner) implements StatusDetail {

    public enum Scanner { ON, OFF, INOPERATIVE, UNKNOWN }
}
