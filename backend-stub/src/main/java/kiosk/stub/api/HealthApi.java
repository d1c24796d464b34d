package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.List;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Route;

/** Readiness without authentication. */
public final class HealthApi {

    /** The health document. */
    public record Health(String status, String service, String version, Instant time) {
    }

    private HealthApi() {
    }

    public static List<Route> routes() {
        return List.of(new Route(HandlerType.GET, "/api/v1/health", Route.Access.PUBLIC, false,
                call -> ApiResponse.ok(new Health("UP", "backend-stub", "1", call.now()))));
    }
}
