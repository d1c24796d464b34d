package kiosk.peripherals.device;

/** Per-kind status detail beside the device-level state (XFS4IoT per-supply and per-media states). */
public sealed interface StatusDetail
        permits StatusDetail.None, PrinterDetail, CardReaderDetail, ScannerDetail {

    /** For devices and moments with nothing more to say. */
    record None() implements StatusDetail {
    }

    StatusDetail NONE = new None();
}
