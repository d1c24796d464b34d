package kiosk.stub.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kiosk.stub.db.Database;
import kiosk.stub.fault.FaultInjector;
import kiosk.stub.fault.FaultInjector.Decision;
import kiosk.stub.fault.FaultInjector.Outcome;
import kiosk.stub.idempotency.IdempotencyStore;
import kiosk.stub.idempotency.IdempotencyStore.StoredResponse;
import kiosk.stub.json.Json;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline every route goes through: fault injection, authentication, idempotency, one
 * database transaction around the route (then what the route asked to run after its commit), JSON errors,
 * and an access log line with no personal data.
 */
public final class Router {

    public static final String REPLAY_HEADER = "Idempotent-Replayed";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String ADMIN_HEADER = "X-Admin-Token";
    private static final String HANDLED = "kiosk.stub.handled";
    private static final Set<Refusal> NOT_STARTED = Set.of(Refusal.MALFORMED_JSON, Refusal.INVALID_FIELD,
            Refusal.UNKNOWN_FIELD, Refusal.BODY_TOO_LARGE);
    private static final Logger ACCESS = LoggerFactory.getLogger("kiosk.stub.access");
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final Database db;
    private final KioskAuth auth;
    private final IdempotencyStore idempotency;
    private final FaultInjector faults;
    private final Clock clock;
    private final String adminToken;
    private final int maxBodyBytes;
    private final List<Route> routes = new ArrayList<>();

    public Router(Database db, KioskAuth auth, IdempotencyStore idempotency, FaultInjector faults, Clock clock,
                  String adminToken, int maxBodyBytes) {
        this.db = db;
        this.auth = auth;
        this.idempotency = idempotency;
        this.faults = faults;
        this.clock = clock;
        this.adminToken = adminToken;
        this.maxBodyBytes = maxBodyBytes;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public void register(Javalin app, List<Route> toAdd) {
        for (Route route : toAdd) {
            routes.add(route);
            app.addHttpHandler(route.method(), route.path(), ctx -> serve(route, ctx));
        }
    }

    /** Unknown routes answer with the JSON error too. */
    public static void notFound(Context ctx) {
        if (ctx.attribute(HANDLED) == null) {
            writeJson(ctx, Refusal.NOT_FOUND.status(), bytes(Refusal.NOT_FOUND.body(null)));
        }
    }

    private void serve(Route route, Context ctx) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        long started = System.nanoTime();
        String kioskId = "-";
        int status = 500;
        try {
            // Faults are decided once the caller is known: an unknown caller always gets its 401.
            kioskId = authorize(route, ctx);
            Decision fault = route.access() == Route.Access.ADMIN ? Decision.NONE
                    : faults.decide(ctx.method().name(), ctx.path());
            boolean replaces = fault.outcome() != Outcome.NONE && fault.outcome() != Outcome.CRASH;
            if (!fault.afterEffect()) {
                sleep(fault.delayMs());
                if (replaces) {
                    status = inject(ctx, fault, null);
                    return;
                }
            }
            Result result = execute(route, ctx, kioskId, fault);
            status = result.status();
            if (fault.afterEffect() && replaces) {
                status = inject(ctx, fault, result.body());
                return;
            }
            if (result.replayed()) {
                ctx.header(REPLAY_HEADER, "true");
            }
            if (result.html()) {
                ctx.status(result.status());
                ctx.contentType("text/html; charset=utf-8");
                ctx.result(result.body());
                return;
            }
            writeJson(ctx, result.status(), result.body());
        } catch (ApiException e) {
            status = e.refusal().status();
            writeJson(ctx, status, bytes(e.refusal().body(e.detail())));
        } catch (RuntimeException e) {
            LOG.error("Route {} {} failed: {}", route.method(), route.path(), describe(e));
            status = Refusal.INTERNAL_ERROR.status();
            writeJson(ctx, status, bytes(Refusal.INTERNAL_ERROR.body(null)));
        } finally {
            ACCESS.info("kiosk={} {} {} status={} ms={}", kioskId, route.method(), route.path(), status,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private record Result(int status, byte[] body, boolean replayed, boolean html) {
        Result(int status, byte[] body, boolean replayed) {
            this(status, body, replayed, false);
        }
    }

    private String authorize(Route route, Context ctx) {
        switch (route.access()) {
            case PUBLIC:
                return "-";
            case ADMIN:
                if (!KioskAuth.sameSecret(adminToken, ctx.header(ADMIN_HEADER))) {
                    throw new ApiException(Refusal.ADMIN_UNAUTHORIZED);
                }
                return "admin";
            default:
                return auth.authenticate(ctx.header("X-Kiosk-Id"), ctx.header("Authorization"))
                        .orElseThrow(() -> new ApiException(Refusal.UNAUTHORIZED));
        }
    }

    private Result execute(Route route, Context ctx, String kioskId, Decision fault) {
        if (!route.mutating()) {
            byte[] body = readBody(ctx);
            Call call = new Call(ctx, kioskId, body, null, clock);
            ApiResponse response = db.inTransaction(c -> {
                call.bind(c);
                return run(route, call, fault);
            });
            call.committed();
            if (response.body() instanceof ApiResponse.Html page) {
                return new Result(response.status(), page.page().getBytes(StandardCharsets.UTF_8), false, true);
            }
            return new Result(response.status(), bytes(response.body()), false);
        }
        String key = ctx.header(IDEMPOTENCY_HEADER);
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new ApiException(Refusal.IDEMPOTENCY_KEY_MISSING, key == null ? null : "1 to 100 characters");
        }
        byte[] body = readBody(ctx);
        Call call = new Call(ctx, kioskId, body, key, clock);
        Optional<StoredResponse> stored = idempotency.claim(kioskId, key, requestHash(ctx, body), call.now());
        if (stored.isPresent()) {
            return new Result(stored.get().status(), stored.get().body(), true);
        }
        Result result;
        try {
            result = db.inTransaction(c -> {
                call.bind(c);
                ApiResponse response = run(route, call, fault);
                byte[] bytes = bytes(response.body());
                idempotency.complete(c, kioskId, key, response.status(), bytes);
                return new Result(response.status(), bytes, false);
            });
        } catch (ApiException e) {
            if (NOT_STARTED.contains(e.refusal()) || e.refusal().status() >= 500) {
                // Nothing took effect, or the effect failed: a resend with the key must run it again.
                idempotency.release(kioskId, key);
                throw e;
            }
            byte[] bytes = bytes(e.refusal().body(e.detail()));
            idempotency.completeAlone(kioskId, key, e.refusal().status(), bytes);
            return new Result(e.refusal().status(), bytes, false);
        } catch (RuntimeException e) {
            // The effect failed and was rolled back: never store the 500 as the key's answer (a resend
            // would get it replayed for the key's whole life); release the key so a resend runs again.
            LOG.error("Route {} {} failed: {}", route.method(), route.path(), describe(e));
            idempotency.release(kioskId, key);
            byte[] bytes = bytes(Refusal.INTERNAL_ERROR.body(null));
            return new Result(Refusal.INTERNAL_ERROR.status(), bytes, false);
        }
        call.committed(); // outside the try: the effect and its stored response have committed
        return result;
    }

    /** The route itself, plus the faults that act inside its transaction (processing delay, crash). */
    private static ApiResponse run(Route route, Call call, Decision fault) throws Exception {
        ApiResponse response = route.handler().handle(call);
        if (fault.afterEffect()) {
            sleep(fault.delayMs());
        }
        if (fault.outcome() == Outcome.CRASH) {
            throw new InjectedCrash();
        }
        return response;
    }

    /** The injected failure of a route after it did its work (rolled back with its transaction). */
    static final class InjectedCrash extends RuntimeException {
        InjectedCrash() {
            super("injected crash", null, false, false);
        }
    }

    private byte[] readBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw new ApiException(Refusal.BODY_TOO_LARGE, "limit " + maxBodyBytes + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(Refusal.MALFORMED_JSON, "body could not be read");
        }
    }

    /** SHA-256 of method, path and body; a JSON body is canonicalized so field order does not matter. */
    static String requestHash(Context ctx, byte[] body) {
        byte[] canonical = body;
        if (body.length > 0) {
            try {
                JsonNode tree = Json.canonical().readTree(body);
                Object sorted = Json.canonical().treeToValue(tree, Object.class);
                canonical = Json.canonical().writeValueAsBytes(sorted);
            } catch (IOException e) {
                canonical = body;
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ctx.method().name() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(canonical);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int inject(Context ctx, Decision fault, byte[] realBody) {
        switch (fault.outcome()) {
            case ERROR -> {
                writeJson(ctx, fault.errorStatus(), bytes(Refusal.INJECTED_FAULT.body(null)));
                return fault.errorStatus();
            }
            case MALFORMED -> {
                byte[] body = realBody == null ? "{\"status\": PAID, <html>".getBytes(StandardCharsets.UTF_8)
                        : (new String(realBody, StandardCharsets.UTF_8) + "}\u0000<html>").substring(1).getBytes(StandardCharsets.UTF_8);
                writeJson(ctx, 200, body);
                return 200;
            }
            case TRUNCATED -> {
                byte[] body = realBody != null && realBody.length > 1 ? realBody
                        : bytes(Refusal.INJECTED_FAULT.body("truncated"));
                truncate(ctx, body);
                return 200;
            }
            case STALL -> {
                sleep(fault.stallMs());
                abort(ctx);
                return 0;
            }
            case RESET -> {
                abort(ctx);
                return 0;
            }
            default -> throw new IllegalStateException("no fault");
        }
    }

    private static void truncate(Context ctx, byte[] body) {
        try {
            ctx.status(200);
            ctx.res().setContentType("application/json");
            ctx.res().setContentLength(body.length);
            OutputStream out = ctx.res().getOutputStream();
            out.write(body, 0, body.length / 2);
            out.flush();
        } catch (IOException e) {
            LOG.debug("Client went away during an injected truncation");
        }
        abort(ctx);
    }

    /** Drops the connection without a response: RST where the socket allows it, else a plain close. */
    private static void abort(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        EndPoint endPoint = base.getHttpChannel().getEndPoint();
        Object transport = endPoint;
        while (transport instanceof EndPoint ep && ep.getTransport() != null && ep.getTransport() != ep) {
            transport = ep.getTransport();
        }
        if (transport instanceof NetworkChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | UnsupportedOperationException e) {
                LOG.debug("SO_LINGER not settable; closing instead of resetting");
            }
        }
        base.getHttpChannel().abort(new IOException("injected connection reset"));
        ctx.skipRemainingHandlers();
    }

    /** Exception class and where it came from, never its message: database messages can quote row values. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(sb.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("kiosk.")) {
                    sb.append(" at ").append(frame.getClassName()).append(':').append(frame.getLineNumber());
                    break;
                }
            }
        }
        return sb.toString();
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] bytes(Object body) {
        try {
            return body instanceof byte[] raw ? raw : Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unserializable response " + body.getClass().getSimpleName(), e);
        }
    }

    private static void writeJson(Context ctx, int status, byte[] body) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }
}
