package kiosk.app.model;


/**
 * Every backend failure, typed so the kiosk knows what to tell the resident and whether the call may
 * be tried again. The message is for logs and never contains personal data.
 */
public class BackendException extends Exception {

    public enum Kind {
        /** No connection could be made (network down, backend stopped, DNS). */
        UNREACHABLE,
        /** The call passed its deadline; the outcome of a mutating call is unknown. */
        TIMEOUT,
        /** The circuit breaker is open: the backend failed recently, so the call was not even tried. */
        CIRCUIT_OPEN,
        /** Too many calls in flight (bulkhead full). */
        BUSY,
        /** A business refusal with a stable code and a localized message. */
        REFUSED,
        /** The kiosk is not authorised (unknown kiosk, wrong key, TLS refused). */
        UNAUTHORIZED,
        /** 5xx from the backend. */
        SERVER_ERROR,
        /** An answer that is not what the contract says (malformed, truncated, wrong types). */
        BAD_RESPONSE
    }

    /**
     * Code of an UNREACHABLE failure where the connection broke after the request may have been
     * written (reset, closed mid-exchange): unlike a refused connect, the call may have taken effect.
     */
    public static final String CONNECTION_LOST = "CONNECTION_LOST";

    private final Kind kind;
    private final String code;
    private final LocalizedText residentMessage;
    private final boolean counterRequired;

    public BackendException(Kind kind, String code, LocalizedText residentMessage, String message, Throwable cause) {
        this(kind, code, residentMessage, false, message, cause);
    }

    /** A refusal that names whether only a counter can help (the backend's counterRequired). */
    public BackendException(Kind kind, String code, LocalizedText residentMessage, boolean counterRequired, String message,
                            Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code == null ? kind.name() : code;
        this.residentMessage = residentMessage;
        this.counterRequired = counterRequired;
    }

    /** Whether the backend said this can only be done at a counter. */
    public boolean counterRequired() {
        return counterRequired;
    }

    public BackendException(Kind kind, String message) {
        this(kind, null, null, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Stable code: the backend's refusal code, or the kind's name. */
    public String code() {
        return code;
    }

    /** The backend's own words for a refusal, when it sent them. */
    public LocalizedText residentMessage() {
        return residentMessage;
    }

    /**
     * Whether the outcome of a mutating call is unknown (it may have taken effect), counting every
     * attempt of a retried call: false only when no attempt can have reached the backend's logic.
     */
    public boolean outcomeUnknown() {
        boolean unknown = kind == Kind.TIMEOUT || kind == Kind.SERVER_ERROR || kind == Kind.BAD_RESPONSE
                || (kind == Kind.UNREACHABLE && CONNECTION_LOST.equals(code));
        // An earlier attempt of the same call (kept as suppressed by the retry layer) may have reached it.
        return unknown || java.util.Arrays.stream(getSuppressed())
                .anyMatch(earlier -> earlier instanceof BackendException b && b.outcomeUnknown());
    }
}
