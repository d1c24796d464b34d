package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Route;

/** GET /openapi.json: the hand-written OpenAPI 3 document, the source of truth for the contract. */
public final class OpenApiRoute {

    public static final String RESOURCE = "/kiosk/stub/openapi.json";

    private OpenApiRoute() {
    }

    public static byte[] document() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Route> routes() {
        byte[] document = document();
        return List.of(new Route(HandlerType.GET, "/openapi.json", Route.Access.PUBLIC, false,
                call -> ApiResponse.ok(document)));
    }
}
