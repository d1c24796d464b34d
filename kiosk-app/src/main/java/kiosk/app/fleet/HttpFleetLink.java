package kiosk.app.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.net.ssl.SSLException;
import kiosk.app.backend.BackendTls;
import kiosk.app.ops.BackendCallObserver;
import kiosk.config.bundle.SettingsBundle;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The fleet routes over HTTP(S), one exchange per call and no resend of its own: heartbeats simply wait
 * for the next beat, urgent events are resent by the outbox, configuration is fetched again on the next
 * heartbeat. Same credentials and TLS as the business backend.
 */
public final class HttpFleetLink implements FleetLink {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final long MAX_BODY = 256 * 1024;
    static final String SOFTWARE_VERSION = "0.1.0";

    private final OkHttpClient client;
    private final HttpUrl base;
    private final String kioskId;
    private final String apiKey;
    private final BackendCallObserver observer;
    private final ObjectMapper json = new ObjectMapper();

    public HttpFleetLink(java.net.URI baseUrl, String kioskId, String apiKey, Duration timeout, BackendTls tls,
                         BackendCallObserver observer) {
        this.base = Objects.requireNonNull(HttpUrl.get(baseUrl.toString()));
        this.kioskId = Objects.requireNonNull(kioskId);
        this.apiKey = apiKey;
        this.observer = observer;
        OkHttpClient.Builder b = new OkHttpClient.Builder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
                .retryOnConnectionFailure(false).followRedirects(false);
        if (tls != null) {
            okhttp3.CertificatePinner.Builder pins = new okhttp3.CertificatePinner.Builder();
            tls.pins().forEach(pin -> pins.add(base.host(), pin));
            b.sslSocketFactory(tls.clientCertificates().sslSocketFactory(), tls.clientCertificates().trustManager())
                    .certificatePinner(pins.build());
        } else {
            kiosk.app.backend.PlainHttp.cleartextWhenHttp(b, base);
        }
        this.client = b.build();
    }

    @Override
    public HeartbeatAck heartbeat(Heartbeat hb) throws FleetException {
        ObjectNode body = json.createObjectNode().put("sentAt", hb.sentAt().toString()).put("softwareVersion", SOFTWARE_VERSION);
        var devices = body.putArray("devices");
        for (DeviceReport d : hb.devices()) {
            ObjectNode device = devices.addObject().put("device", d.device()).put("state", d.state());
            ObjectNode detail = device.putObject("detail");
            d.detail().forEach(detail::put);
        }
        ObjectNode counters = body.putObject("counters");
        hb.counters().forEach(counters::put);
        body.put("reportedConfigVersion", hb.runningConfigVersion());
        JsonNode ack = exchange("POST", "heartbeat", body, "POST fleet/heartbeat");
        return new HeartbeatAck(ack.path("desiredConfigVersion").asInt(), ack.path("configChanged").asBoolean());
    }

    @Override
    public boolean send(UrgentEvent event) throws FleetException {
        ObjectNode body = json.createObjectNode().put("eventId", event.eventId()).put("kind", event.kind().name())
                .put("action", event.action()).put("occurredAt", event.occurredAt().toString());
        if (!event.device().isEmpty()) {
            body.put("device", event.device());
        }
        return exchange("POST", "events", body, "POST fleet/events").path("duplicate").asBoolean();
    }

    @Override
    public DesiredConfig desiredConfig() throws FleetException {
        JsonNode view = exchange("GET", "config", null, "GET fleet/config");
        if (!view.path("desiredVersion").isIntegralNumber()) {
            throw new FleetException(false, "BAD_RESPONSE", "GET fleet/config: no desired configuration", null);
        }
        JsonNode signed = view.get("signed");
        if (signed == null || signed.isNull()) {
            return new DesiredConfig(view.get("desiredVersion").asInt(), null);
        }
        if (!SettingsBundle.FORMAT.equals(signed.path("format").asText()) || !signed.path("version").isIntegralNumber()
                || !signed.path("keyId").isTextual() || !signed.path("signature").isTextual() || !signed.path("document").isTextual()) {
            throw new FleetException(false, "BAD_RESPONSE", "GET fleet/config: the signed configuration is malformed", null);
        }
        byte[] signature;
        try {
            signature = java.util.Base64.getDecoder().decode(signed.get("signature").asText());
        } catch (IllegalArgumentException e) {
            throw new FleetException(false, "BAD_RESPONSE", "GET fleet/config: the signature is not base64", null);
        }
        return new DesiredConfig(view.get("desiredVersion").asInt(), new SettingsBundle(signed.get("version").asInt(),
                signed.get("keyId").asText(), signature, signed.get("document").asText()));
    }

    @Override
    public void reportConfig(int version, Map<String, Object> config) throws FleetException {
        ObjectNode body = json.createObjectNode().put("version", version);
        body.set("config", json.valueToTree(config));
        exchange("POST", "config/reported", body, "POST fleet/config/reported");
    }

    private JsonNode exchange(String method, String path, JsonNode body, String route) throws FleetException {
        HttpUrl url = base.newBuilder().addPathSegments("api/v1/fleet/kiosks").addPathSegment(kioskId).addPathSegments(path).build();
        Request.Builder request = new Request.Builder().url(url).header("X-Kiosk-Id", kioskId)
                .header("Authorization", "Bearer " + apiKey).header("Accept", "application/json")
                // A new key per exchange: the routes that need one replay by it; reports and events dedupe by their own ids.
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body == null ? null : RequestBody.create(body.toString(), JSON));
        long started = System.nanoTime();
        String outcome = "unreachable";
        try (Response response = client.newCall(request.build()).execute()) {
            byte[] bytes = response.body().source().readByteArray();
            int status = response.code();
            if (bytes.length > MAX_BODY) {
                outcome = "bad_response";
                throw new FleetException(false, "BAD_RESPONSE", route + ": answer too large", null);
            }
            if (status >= 500) {
                outcome = "server_error";
                throw new FleetException(true, "HTTP_" + status, route + ": HTTP " + status, null);
            }
            if (status == 401 || status == 403) {
                outcome = "unauthorized";
                throw new FleetException(false, "HTTP_" + status, route + ": HTTP " + status, null);
            }
            JsonNode node = parse(bytes);
            if (status >= 400) {
                outcome = "refused";
                String code = node != null && node.path("code").isTextual() ? node.get("code").asText() : "HTTP_" + status;
                throw new FleetException(status == 409 || status == 429, code, route + ": refused " + code, null);
            }
            if (node == null || !node.isObject()) {
                outcome = "bad_response";
                throw new FleetException(false, "BAD_RESPONSE", route + ": answer is not a JSON object", null);
            }
            outcome = "ok";
            return node;
        } catch (SSLException e) {
            outcome = "unauthorized";
            throw new FleetException(false, "TLS_REFUSED", route + ": " + e.getClass().getSimpleName(), e);
        } catch (ConnectException | UnknownHostException e) {
            throw new FleetException(true, "CONNECT_FAILED", route + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedIOException e) {
            outcome = "timeout";
            throw new FleetException(true, "TIMEOUT", route + ": " + e.getClass().getSimpleName(), e);
        } catch (IOException e) {
            throw new FleetException(true, "CONNECTION_LOST", route + ": " + e.getClass().getSimpleName(), e);
        } finally {
            observer.observed(route, outcome, System.nanoTime() - started);
        }
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    public void shutdown() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
