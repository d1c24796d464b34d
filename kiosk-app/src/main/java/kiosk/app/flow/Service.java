package kiosk.app.flow;

/** Resident services this build offers; each is a flow of the steps above. */
public enum Service {
    TRAFFIC_FINES,
    /** Shown only to a resident with a paid receipt that did not print at this kiosk. */
    REPRINT_RECEIPTS
}
