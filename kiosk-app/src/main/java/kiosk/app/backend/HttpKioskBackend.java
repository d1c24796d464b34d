package kiosk.app.backend;

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
import kiosk.app.backend.BackendException.Kind;
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
public final class HttpKioskBackend implements KioskBackend {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** The contract's largest answer is a violation list; anything far bigger is not an answer. */
    private static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    private final OkHttpClient client;
    private final HttpUrl base;
    private final String kioskId;
    private final String apiKey;
    private final Duration callTimeout;
    private final ObjectMapper json = new ObjectMapper();

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
        }
        this.client = builder.build();
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    /** Releases the connection pool and dispatcher threads. */
    public void shutdown() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    // ---- the contract -------------------------------------------------------------------------

    @Override
    public Resident lookupResident(String idNumber, String name) throws BackendException {
        ObjectNode body = json.createObjectNode().put("idNumber", idNumber).put("name", name);
        JsonNode answer = exchange("POST", "residents/lookup", body, null);
        return new Resident(text(answer, "residentId", "residents/lookup"), optionalText(answer, "name"),
                optionalText(answer, "idNumberMasked"));
    }

    @Override
    public List<Violation> violations(String residentId) throws BackendException {
        JsonNode answer = exchange("POST", "traffic/violations/query",
                json.createObjectNode().put("residentId", residentId), null);
        JsonNode list = answer.get("violations");
        if (list == null || !list.isArray()) {
            throw bad("traffic/violations/query", "no violations array");
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : list) {
            long fine = number(v, "fineCents", "traffic/violations/query");
            if (fine < 0) {
                throw bad("traffic/violations/query", "negative fine");
            }
            violations.add(new Violation(text(v, "violationId", "traffic/violations/query"), optionalText(v, "plate"),
                    optionalInstant(v, "occurredAt", "traffic/violations/query"), optionalText(v, "location"),
                    localized(v.get("description")), fine, (int) optionalNumber(v, "points"),
                    optionalText(v, "status"), v.path("payable").asBoolean(false)));
        }
        return List.copyOf(violations);
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
        String route = "receipts/query";
        JsonNode answer = exchange("POST", route, json.createObjectNode().put("residentId", residentId), null);
        JsonNode list = answer.get("paidOrders");
        if (list == null || !list.isArray()) {
            throw bad(route, "no paidOrders array");
        }
        List<PaidOrder> orders = new ArrayList<>();
        for (JsonNode o : list) {
            List<OrderItem> items = new ArrayList<>();
            for (JsonNode item : o.path("items")) {
                items.add(new OrderItem(text(item, "kind", route), text(item, "reference", route)));
            }
            long amount = number(o, "amountCents", route);
            if (amount < 0) {
                throw bad(route, "negative amount");
            }
            orders.add(new PaidOrder(text(o, "orderId", route), amount, optionalInstant(o, "paidAt", route),
                    (int) optionalNumber(o, "receiptCount"), optionalText(o, "kioskId"), items));
        }
        return List.copyOf(orders);
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
            throw new BackendException(Kind.REFUSED, code, words, route + ": refused " + code, null);
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
        String orderId = text(node, "orderId", route);
        if (expectedOrderId != null && !expectedOrderId.equals(orderId)) {
            throw bad(route, "answer is about another order");
        }
        long amount = number(node, "amountCents", route);
        if (amount < 0) {
            throw bad(route, "negative amount");
        }
        PaymentOrder.Status status;
        try {
            status = PaymentOrder.Status.valueOf(text(node, "status", route));
        } catch (IllegalArgumentException e) {
            throw bad(route, "unknown order status");
        }
        return new PaymentOrder(orderId, amount, optionalText(node, "qrPayload"), status,
                optionalInstant(node, "expiresAt", route), optionalInstant(node, "paidAt", route));
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

    private static String text(JsonNode node, String field, String route) throws BackendException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw bad(route, "missing or empty " + field);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static long number(JsonNode node, String field, String route) throws BackendException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw bad(route, "missing or non-integer " + field);
        }
        return value.asLong();
    }

    private static long optionalNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() ? value.asLong() : 0;
    }

    private static Instant optionalInstant(JsonNode node, String field, String route) throws BackendException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value.asText()).toInstant();
            } catch (DateTimeParseException again) {
                throw bad(route, "unreadable time in " + field);
            }
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
        return path.replaceAll("orders/[^/]+", "orders/{id}");
    }
}
