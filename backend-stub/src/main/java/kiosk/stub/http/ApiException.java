package kiosk.stub.http;

/** A refusal raised anywhere in a route; the router turns it into the JSON error and rolls back. */
public final class ApiException extends RuntimeException {

    private final Refusal refusal;
    private final String detail;

    public ApiException(Refusal refusal) {
        this(refusal, null);
    }

    /** detail: a developer hint such as a field path; never personal data. */
    public ApiException(Refusal refusal, String detail) {
        super(refusal.name() + (detail == null ? "" : ": " + detail), null, false, false);
        this.refusal = refusal;
        this.detail = detail;
    }

    public Refusal refusal() {
        return refusal;
    }

    public String detail() {
        return detail;
    }
}
