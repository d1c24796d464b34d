package kiosk.peripherals.transport;

import java.io.IOException;

/** The link itself failed: not there, closed under us, or timed out writing. */
public class TransportException extends IOException {

    public enum Kind { UNAVAILABLE, CLOSED, TIMEOUT }

    private final Kind kind;

    public TransportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
