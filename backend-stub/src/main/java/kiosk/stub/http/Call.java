package kiosk.stub.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kiosk.stub.json.Json;

/** One request as a route sees it: who calls, its body, its path parameters and the open transaction. */
public final class Call {

    /** Business dates (licence windows, permit validity) are in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Context ctx;
    private final String kioskId;
    private final byte[] body;
    private final String idempotencyKey;
    private final Clock clock;
    private final Instant now;
    private Connection connection;
    private String clientRef;
    private List<Runnable> afterCommit;

    Call(Context ctx, String kioskId, byte[] body, String idempotencyKey, Clock clock) {
        this.ctx = ctx;
        this.kioskId = kioskId;
        this.body = body;
        this.idempotencyKey = idempotencyKey;
        this.clock = clock;
        this.now = clock.instant();
    }

    void bind(Connection connection) {
        this.connection = connection;
    }

    public Connection db() {
        return connection;
    }

    /**
     * Runs action once the route's transaction has committed, never when it rolls back: for state kept
     * beside H2 (a cache of what it holds) that must follow the transaction's fate.
     */
    public void afterCommit(Runnable action) {
        if (afterCommit == null) {
            afterCommit = new ArrayList<>();
        }
        afterCommit.add(action);
    }

    void committed() {
        if (afterCommit != null) {
            afterCommit.forEach(Runnable::run);
            afterCommit = null;
        }
    }

    public String kioskId() {
        return kioskId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The kiosk's journal id of the transaction, when the body carried one. */
    public String clientRef() {
        return clientRef;
    }

    public void clientRef(String clientRef) {
        this.clientRef = clientRef;
    }

    /** The request time, fixed for the whole call. */
    public Instant now() {
        return now;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    public Clock clock() {
        return clock;
    }

    public String path(String name) {
        return ctx.pathParam(name);
    }

    public String queryParam(String name) {
        return ctx.queryParam(name);
    }

    public String header(String name) {
        return ctx.header(name);
    }

    public Map<String, String> queryParams() {
        return ctx.queryParamMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
    }

    /** The body as sent (UTF-8), for routes that store a validated report as it came. */
    public String rawBody() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** The body as a request record; bad JSON, wrong types and unknown fields become a 400 refusal. */
    public <T> T body(Class<T> type) {
        if (body.length == 0) {
            throw new ApiException(Refusal.INVALID_FIELD, "a JSON body is required");
        }
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw new ApiException(Refusal.INVALID_FIELD, "a JSON object is required");
            }
            if (value instanceof Validated v) {
                v.validate();
            }
            if (value instanceof WithClientRef w && w.clientRef() != null) {
                this.clientRef = w.clientRef();
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(Refusal.UNKNOWN_FIELD, "unknown field '" + e.getPropertyName() + "'");
        } catch (JsonParseException e) {
            throw new ApiException(Refusal.MALFORMED_JSON, "at line " + e.getLocation().getLineNr()
                    + " column " + e.getLocation().getColumnNr());
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw new ApiException(Refusal.MALFORMED_JSON, "the body ends early or is not JSON");
            }
            throw new ApiException(Refusal.INVALID_FIELD, "field '" + fieldPath(e) + "': " + reason(e));
        } catch (IOException e) {
            throw new ApiException(Refusal.MALFORMED_JSON, "unreadable body");
        }
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String reason(JsonMappingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ApiException api) {
            return api.detail();
        }
        if (root instanceof IllegalArgumentException iae && iae.getMessage() != null) {
            return iae.getMessage();
        }
        return e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException ? "wrong type or missing" : "invalid";
    }

    /** Request records that check themselves after parsing. */
    public interface Validated {
        void validate();
    }

    /** Mutating request records carry the kiosk's journal id for the ledger. */
    public interface WithClientRef {
        String clientRef();
    }

}
