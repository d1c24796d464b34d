package kiosk.app.backend;

import kiosk.app.model.PaidOrder;
import kiosk.app.model.BackendException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import kiosk.app.model.BackendException.Kind;
import kiosk.app.model.LocalizedText;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.Resident;
import kiosk.app.model.Violation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kiosk.config.KioskConfig;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The plain backend client: one HTTP exchange per method, no retries of its own. OkHttp's silent
 * connection retry is off (it could resend a POST); the resilient decorator around this class decides
 * what is resent, always with the same Idempotency-Key. Every failure becomes a typed
 * {@link BackendException}; messages name the route and the failure, never personal data.
 */
public final class HttpKioskBackend implements KioskBackend, BackendCalls {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** The contract's largest answer is a violation list; anything far bigger is not an answer. */
    private static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    private final OkHttpClient client;
    private final HttpUrl base;
    private final String kioskId;
    private final String apiKey;
    private final Duration callTimeout;
    private volatile kiosk.app.ops.BackendCallObserver observer = kiosk.app.ops.BackendCallObserver.NONE;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public HttpKioskBackend(KioskConfig.Backend settings, String kioskId) {
        this(settings, kioskId, null);
    }

    /** With mutual TLS when {@code tls} is given (the base URL must then be https). */
    public HttpKioskBackend(KioskConfig.Backend settings, String kioskId, BackendTls tls) {
        this.base = Objects.requireNonNull(HttpUrl.get(settings.baseUrl().toString()), "baseUrl");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.apiKey = settings.apiKey();
        this.callTimeout = orDefault(settings.callTimeout(), Duration.ofSeconds(8));
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(orDefault(settings.connectTimeout(), Duration.ofSeconds(2)))
                .readTimeout(orDefault(settings.readTimeout(), Duration.ofSeconds(5)))
                .writeTimeout(orDefault(settings.readTimeout(), Duration.ofSeconds(5)))
                .callTimeout(callTimeout)
                .retryOnConnectionFailure(false)
                .followRedirects(false);
        if (tls != null) {
            builder.sslSocketFactory(tls.clientCertificates().sslSocketFactory(), tls.clientCertificates().trustManager())
                    .certificatePinner(tls.pinnerFor(base.host()));
        } else {
            PlainHttp.cleartextWhenHttp(builder, base);
        }
        this.client = builder.build();
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    /** Every exchange from now on is reported here (route template and outcome only: no personal data). */
    public void observeWith(kiosk.app.ops.BackendCallObserver observer) {
        this.observer = Objects.requireNonNull(observer);
    }

    /** Releases the connection pool and dispatcher threads. */
    public void shutdown() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    // ---- the contract -------------------------------------------------------------------------

    @Override
    public Resident lookupResident(String idNumber, String name) throws BackendException {
        record Lookup(String idNumber, String name) {
        }
        return query("residents/lookup", new Lookup(idNumber, name), Resident.class);
    }

    @Override
    public List<Violation> violations(String residentId) throws BackendException {
        record Query(String residentId) {
        }
        record Answer(List<Violation> violations) {
        }
        Answer answer = query("traffic/violations/query", new Query(residentId), Answer.class);
        if (answer.violations() == null) {
            throw bad("traffic/violations/query", "no violations array");
        }
        return List.copyOf(answer.violations());
    }

    // ---- JSON bound to model records ----------------------------------------------------------

    @Override
    public <T> T query(String path, Object body, Class<T> answer) throws BackendException {
        return bind(path, exchange("POST", path, json.valueToTree(body), null), answer);
    }

    @Override
    public <T> T change(String path, Object body, String idempotencyKey, Class<T> answer) throws BackendException {
        return bind(path, exchange("POST", path, json.valueToTree(body), requireKey(idempotencyKey)), answer);
    }

    @Override
    public <T> T get(String path, Class<T> answer) throws BackendException {
        return bind(path, exchange("GET", path, null, null), answer);
    }

    private <T> T bind(String path, JsonNode node, Class<T> type) throws BackendException {
        try {
            T value = json.treeToValue(node, type);
            if (value == null) {
                throw bad(templated(path), "empty answer");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The message names the field at fault, never its value (it may be personal data).
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().get(m.getPath().size() - 1).getFieldName() : "answer";
            throw bad(templated(path), "answer does not fit " + type.getSimpleName() + " at " + field);
        }
    }

    @Override
    public PaymentOrder createOrder(String residentId, String clientRef, List<OrderItem> items, String idempotencyKey)
            throws BackendException {
        ObjectNode body = json.createObjectNode().put("residentId", residentId).put("clientRef", clientRef);
        ArrayNode list = body.putArray("items");
        for (OrderItem item : items) {
            list.addObject().put("kind", item.kind()).put("reference", item.reference());
        }
        return order(exchange("POST", "payments/orders", body, requireKey(idempotencyKey)), "payments/orders", null);
    }

    @Override
    public PaymentOrder order(String orderId) throws BackendException {
        return order(exchange("GET", "payments/orders/" + segment(orderId), null, null), "payments/orders/{id}", orderId);
    }

    /** The payer's key is derived from the order: paying one order twice can never mean two payments. */
    @Override
    public PaymentOrder simulatePayment(String orderId) throws BackendException {
        String key = UUID.nameUUIDFromBytes(("pay:" + orderId).getBytes(StandardCharsets.UTF_8)).toString();
        return order(exchange("POST", "payments/orders/" + segment(orderId) + "/pay", json.createObjectNode(), key),
                "payments/orders/{id}/pay", orderId);
    }

    @Override
    public PaymentOrder payByCode(String orderId, String code, String idempotencyKey) throws BackendException {
        ObjectNode body = json.createObjectNode().put("code", code);
        return order(exchange("POST", "payments/orders/" + segment(orderId) + "/pay-by-code", body, requireKey(idempotencyKey)),
                "payments/orders/{id}/pay-by-code", orderId);
    }

    @Override
    public PaymentOrder refund(String orderId, String reason, String idempotencyKey) throws BackendException {
        ObjectNode body = json.createObjectNode().put("reason", reason);
        return order(exchange("POST", "payments/orders/" + segment(orderId) + "/refund", body, requireKey(idempotencyKey)),
                "payments/orders/{id}/refund", orderId);
    }

    @Override
    public PaymentOrder cancelOrder(String orderId, String idempotencyKey) throws BackendException {
        return order(exchange("POST", "payments/orders/" + segment(orderId) + "/cancel", json.createObjectNode(),
                requireKey(idempotencyKey)), "payments/orders/{id}/cancel", orderId);
    }

    @Override
    public List<PaidOrder> paidOrders(String residentId) throws BackendException {
        record Query(String residentId) {
        }
        record Answer(List<PaidOrder> paidOrders) {
        }
        Answer answer = query("receipts/query", new Query(residentId), Answer.class);
        if (answer.paidOrders() == null) {
            throw bad("receipts/query", "no paidOrders array");
        }
        return List.copyOf(answer.paidOrders());
    }

    @Override
    public void recordReceipt(String orderId, String residentId, String clientRef, String idempotencyKey)
            throws BackendException {
        ObjectNode body = json.createObjectNode().put("orderId", orderId).put("residentId", residentId)
                .put("clientRef", clientRef);
        exchange("POST", "receipts", body, requireKey(idempotencyKey));
    }

    @Override
    public void heartbeat(List<DeviceReport> devices, java.util.Map<String, Long> counters, String idempotencyKey)
            throws BackendException {
        ObjectNode body = json.createObjectNode().put("sentAt", java.time.Instant.now().toString())
                .put("softwareVersion", SOFTWARE_VERSION);
        var list = body.putArray("devices");
        for (DeviceReport d : devices) {
            ObjectNode device = list.addObject().put("device", d.device()).put("state", d.state());
            ObjectNode detail = device.putObject("detail");
            d.detail().forEach(detail::put);
        }
        ObjectNode counts = body.putObject("counters");
        counters.forEach(counts::put);
        exchange("POST", "fleet/kiosks/" + segment(kioskId) + "/heartbeat", body, requireKey(idempotencyKey));
    }

    // ---- one exchange -------------------------------------------------------------------------

    private static final String SOFTWARE_VERSION = "0.1.0";

    private JsonNode exchange(String method, String path, JsonNode body, String idempotencyKey) throws BackendException {
        HttpUrl url = base.newBuilder().addPathSegments("api/v1/" + path).build();
        Request.Builder request = new Request.Builder().url(url)
                .header("X-Kiosk-Id", kioskId)
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        request.method(method, body == null ? null : RequestBody.create(body.toString(), JSON));
        String route = method + " " + templated(path);
        Call call = client.newCall(request.build());
        Duration budget = Deadline.remainingOr(callTimeout);
        if (budget.isZero()) {
            throw new BackendException(Kind.TIMEOUT, "DEADLINE_EXCEEDED", null, route + ": no time left before the call", null);
        }
        call.timeout().timeout(budget.toNanos(), TimeUnit.NANOSECONDS);
        long started = System.nanoTime();
        try {
            JsonNode answer = exchange(call, route);
            observer.observed(route, "ok", System.nanoTime() - started);
            return answer;
        } catch (BackendException e) {
            observer.observed(route, e.kind().name().toLowerCase(java.util.Locale.ROOT), System.nanoTime() - started);
            throw e;
        }
    }

    private JsonNode exchange(Call call, String route) throws BackendException {
        int status;
        byte[] bytes;
        try (Response response = call.execute()) {
            status = response.code();
            bytes = readBody(response, route);
        } catch (BackendException e) {
            throw e;
        } catch (IOException e) {
            throw classify(route, e, call);
        }
        return interpret(route, status, bytes);
    }

    /**
     * Reads the body, counting the bytes as they arrive: a declared length over the limit is refused
     * before reading, and a chunked (or lying) body is cut off as soon as it passes the limit.
     */
    private byte[] readBody(Response response, String route) throws IOException, BackendException {
        ResponseBody body = response.body();
        long declared = body.contentLength();
        if (declared > MAX_BODY_BYTES) {
            throw bad(route, "body of " + declared + " bytes");
        }
        try {
            okio.BufferedSource source = body.source();
            okio.Buffer read = new okio.Buffer();
            while (read.size() <= MAX_BODY_BYTES) {
                if (source.read(read, 64 * 1024) == -1) {
                    break;
                }
            }
            if (read.size() > MAX_BODY_BYTES) {
                throw bad(route, "body longer than " + MAX_BODY_BYTES + " bytes");
            }
            byte[] bytes = read.readByteArray();
            if (declared >= 0 && bytes.length != declared) {
                throw bad(route, "body of " + bytes.length + " bytes, declared " + declared);
            }
            return bytes;
        } catch (InterruptedIOException e) {
            throw e; // a stall: classified as TIMEOUT by the caller
        } catch (IOException e) {
            throw new BackendException(Kind.BAD_RESPONSE, "TRUNCATED_BODY", null,
                    route + ": body cut short (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private JsonNode interpret(String route, int status, byte[] bytes) throws BackendException {
        if (status >= 200 && status < 300) {
            JsonNode node = parse(route, bytes);
            if (node == null || !node.isObject()) {
                throw bad(route, "answer is not a JSON object");
            }
            return node;
        }
        JsonNode error = tryParse(bytes);
        String code = error != null && error.path("code").isTextual() ? error.get("code").asText() : null;
        LocalizedText words = error == null ? null : localized(error.get("message"));
        if (status == 401 || status == 403) {
            throw new BackendException(Kind.UNAUTHORIZED, code, words, route + ": HTTP " + status, null);
        }
        if (status == 429) {
            throw new BackendException(Kind.BUSY, code, words, route + ": HTTP 429", null);
        }
        if (status >= 500) {
            throw new BackendException(Kind.SERVER_ERROR, code == null ? "HTTP_" + status : code, words,
                    route + ": HTTP " + status, null);
        }
        if (status >= 400) {
            if (code == null) {
                throw new BackendException(Kind.BAD_RESPONSE, "HTTP_" + status, null,
                        route + ": HTTP " + status + " without an error code", null);
            }
            throw new BackendException(Kind.REFUSED, code, words, error.path("counterRequired").asBoolean(false),
                    route + ": refused " + code, null);
        }
        throw bad(route, "unexpected HTTP " + status);
    }

    private static BackendException classify(String route, IOException e, Call call) {
        String what = route + ": " + e.getClass().getSimpleName();
        if (e instanceof SSLPeerUnverifiedException) {
            return new BackendException(Kind.UNAUTHORIZED, "TLS_PIN_MISMATCH", null, what + " (backend key not pinned)", e);
        }
        if (e instanceof SSLException) {
            return new BackendException(Kind.UNAUTHORIZED, "TLS_REFUSED", null, what + " (TLS handshake refused)", e);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return new BackendException(Kind.UNREACHABLE, "CONNECT_FAILED", null, what, e);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof SocketTimeoutException && message.contains("connect")) {
            return new BackendException(Kind.UNREACHABLE, "CONNECT_TIMEOUT", null, what, e);
        }
        if (e instanceof InterruptedIOException || call.isCanceled()) {
            return new BackendException(Kind.TIMEOUT, "TIMEOUT", null, what, e);
        }
        // Reset, closed or unexpected end of stream: the request may have reached the backend.
        return new BackendException(Kind.UNREACHABLE, BackendException.CONNECTION_LOST, null, what, e);
    }

    // ---- decoding helpers: every gap or nonsense is BAD_RESPONSE --------------------------------

    private PaymentOrder order(JsonNode node, String route, String expectedOrderId) throws BackendException {
        PaymentOrder order = bind(route, node, PaymentOrder.class);
        if (expectedOrderId != null && !expectedOrderId.equals(order.orderId())) {
            throw bad(route, "answer is about another order");
        }
        return order;
    }

    private JsonNode parse(String route, byte[] bytes) throws BackendException {
        try {
            return json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BackendException(Kind.BAD_RESPONSE, "MALFORMED_BODY", null, route + ": body is not JSON", null);
        } catch (IOException e) {
            throw new BackendException(Kind.BAD_RESPONSE, "MALFORMED_BODY", null, route + ": unreadable body", null);
        }
    }

    private JsonNode tryParse(byte[] bytes) {
        try {
            JsonNode node = json.readTree(bytes);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static LocalizedText localized(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<String, String> texts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isTextual()) {
                texts.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return new LocalizedText(texts);
    }

    private static BackendException bad(String route, String what) {
        return new BackendException(Kind.BAD_RESPONSE, "BAD_RESPONSE", null, route + ": " + what, null);
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a mutating call needs an idempotency key");
        }
        return key;
    }

    private static String segment(String id) {
        if (id == null || id.isBlank() || id.contains("/")) {
            throw new IllegalArgumentException("not an order id");
        }
        return id;
    }

    /** The route with ids replaced, so logs and metrics never carry unbounded values. */
    private static String templated(String path) {
        return path.replaceAll("orders/[^/]+", "orders/{id}").replaceAll("(applications|verify)/[^/]+", "$1/{id}");
    }
}
