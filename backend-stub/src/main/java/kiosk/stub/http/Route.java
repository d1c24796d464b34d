package kiosk.stub.http;

import io.javalin.http.HandlerType;

/**
 * One route of the stub. Mutating routes need an Idempotency-Key; the list of routes is what the
 * OpenAPI contract test compares with the document.
 */
public record Route(HandlerType method, String path, Access access, boolean mutating, Handler handler) {

    /** Who may call a route. */
    public enum Access { PUBLIC, KIOSK, ADMIN }

    /** The business logic of a route, run inside one database transaction. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(Call call) throws Exception;
    }

    public static Route query(HandlerType method, String path, Handler handler) {
        return new Route(method, path, Access.KIOSK, false, handler);
    }

    public static Route mutation(String path, Handler handler) {
        return new Route(HandlerType.POST, path, Access.KIOSK, true, handler);
    }

    /**
     * A POST that is idempotent by its own content, so it needs no stored idempotency record: a state
     * report deduplicated by its timestamp, or an event deduplicated by its own id. An Idempotency-Key sent
     * with it is accepted and ignored.
     */
    public static Route report(String path, Handler handler) {
        return new Route(HandlerType.POST, path, Access.KIOSK, false, handler);
    }

    /** The path in OpenAPI form ({param}); Javalin uses the same syntax. */
    public String openApiPath() {
        return path;
    }
}
