package kiosk.peripherals.device;

/** Why an operation failed, after XFS4IoT completion codes. */
public enum CompletionCode {
    CANCELED,
    DEVICE_NOT_READY,
    HARDWARE_ERROR,
    TIME_OUT,
    INVALID_DATA,
    USER_ERROR,
    FRAUD_ATTEMPT,
    /** Protocol violation by the device: bad frame, checksum, length. */
    PROTOCOL_ERROR,
    /** The link to the device is gone (unplugged, connection closed). */
    NO_DEVICE
}
