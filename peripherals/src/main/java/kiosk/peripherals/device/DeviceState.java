package kiosk.peripherals.device;

/**
 * Device-level state, after CEN XFS4IoT Common.Status.device: the words operators already use.
 */
public enum DeviceState {
    /** Connected and ready. */
    ONLINE,
    /** Known to the kiosk but not answering (link down, powered but unreachable). */
    OFFLINE,
    /** Reports that it is powered off. */
    POWER_OFF,
    /** Not present at all: unplugged, port missing, no reader attached. */
    NO_DEVICE,
    /** A fault only a person with tools fixes (cutter error, self-test failed). */
    HARDWARE_ERROR,
    /** A fault a person on site fixes without tools (paper out, cover open, card jammed). */
    USER_ERROR,
    /** Executing a command; not an error. */
    BUSY,
    /** Tampering detected. */
    FRAUD_ATTEMPT;

    /** Whether a resident transaction may start on a device in this state. */
    public boolean isUsable() {
        return this == ONLINE || this == BUSY;
    }
}
