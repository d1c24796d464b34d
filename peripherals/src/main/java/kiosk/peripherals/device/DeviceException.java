package kiosk.peripherals.device;

/**
 * Every device failure is one of these: a completion code the kiosk can react to and a stable
 * reason code (for operators, logs and resident messages). Messages never carry personal data.
 */
public class DeviceException extends Exception {

    private final CompletionCode code;
    private final String reason;

    public DeviceException(CompletionCode code, String reason, String message) {
        super(message);
        this.code = code;
        this.reason = reason;
    }

    public DeviceException(CompletionCode code, String reason, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.reason = reason;
    }

    public CompletionCode code() {
        return code;
    }

    /** Stable machine-readable reason, e.g. "sam.no-card" or "printer.paper-out". */
    public String reason() {
        return reason;
    }
}
