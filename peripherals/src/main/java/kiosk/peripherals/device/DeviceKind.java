package kiosk.peripherals.device;

/** The device categories the kiosk drives; one control per category, as in JavaPOS. */
public enum DeviceKind {
    ID_CARD_READER,
    QR_SCANNER,
    RECEIPT_PRINTER,
    DOCUMENT_PRINTER
}
