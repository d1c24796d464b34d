package kiosk.app.flow;

/**
 * Thrown by a port when the kiosk must stop serving residents (the transaction journal cannot be
 * written, say): the engine finishes the visit with an honest message and keeps the attract screen out
 * of service, showing staff the words under {@link #staffKey()}, until the kiosk is restarted.
 */
public final class KioskOutOfService extends RuntimeException {

    private final String staffKey;

    public KioskOutOfService(String staffKey, Throwable cause) {
        super(staffKey, cause);
        this.staffKey = staffKey;
    }

    /** Bundle key of what staff read on the out-of-service screen. */
    public String staffKey() {
        return staffKey;
    }
}
