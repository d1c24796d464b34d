package kiosk.stub.http;

/** What a route answers: an HTTP status and a body serialized as JSON. */
public record ApiResponse(int status, Object body) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    /** A refusal answered without rolling back what the route wrote (e.g. an expiry it noticed). */
    public static ApiResponse refusal(Refusal refusal) {
        return new ApiResponse(refusal.status(), refusal.body(null));
    }

    /** A page for a browser (the receipt's verification link) instead of JSON; query routes only. */
    public static ApiResponse html(int status, String page) {
        return new ApiResponse(status, new Html(page));
    }

    /** An HTML body. */
    public record Html(String page) {
    }

    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body);
    }
}
