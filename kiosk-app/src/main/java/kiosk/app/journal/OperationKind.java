package kiosk.app.journal;

/** The mutating backend calls the kiosk journals. */
public enum OperationKind {
    /** POST /payments/orders: never queued (a resident is waiting for the QR code). */
    CREATE_ORDER,
    /** POST /receipts: store-and-forward (the receipt is already in the resident's hand). */
    RECORD_RECEIPT,
    /** POST /payments/orders/{id}/refund: store-and-forward (nobody waits; the money must go back). */
    REFUND,
    /**
     * POST /payments/orders/{id}/cancel: the kiosk gave up on an unpaid order (store-and-forward). The
     * answer says where the order ended: cancelled, or paid after all (then the receipt is reprintable).
     */
    CANCEL_ORDER;

    /** Whether the operation may wait in the store-and-forward queue while the backend is away. */
    public boolean queueable() {
        return this != CREATE_ORDER;
    }
}
