package kiosk.app.fleet;

/**
 * A fleet call that did not succeed. Transient (link down, timeout, 5xx): try again later. Otherwise the
 * fleet refused the request as it is, and sending it again changes nothing. The message names the route
 * and the failure, never personal data.
 */
public final class FleetException extends Exception {

    private final boolean transientFailure;
    private final String code;

    public FleetException(boolean transientFailure, String code, String message, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.code = code;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    public String code() {
        return code;
    }
}
