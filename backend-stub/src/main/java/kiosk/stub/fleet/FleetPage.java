package kiosk.stub.fleet;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The operators' fleet page: three static files that poll GET /admin/fleet with the admin token. Served
 * beside the API, not part of it (no route of the contract).
 */
public final class FleetPage {

    private static final Map<String, String> FILES = Map.of(
            "/fleet", "index.html", "/fleet/", "index.html", "/fleet/fleet.js", "fleet.js", "/fleet/fleet.css", "fleet.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    private FleetPage() {
    }

    public static void register(Javalin app) {
        FILES.forEach((path, file) -> {
            byte[] bytes = read(file);
            String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
            app.get(path, ctx -> {
                ctx.attribute("kiosk.stub.handled", Boolean.TRUE);
                ctx.header("Content-Security-Policy", "default-src 'self'; connect-src 'self'");
                ctx.header("Cache-Control", "no-store");
                ctx.contentType(type).result(bytes);
            });
        });
    }

    private static byte[] read(String file) {
        try (InputStream in = FleetPage.class.getResourceAsStream("/kiosk/stub/fleet/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fleet page resource " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
