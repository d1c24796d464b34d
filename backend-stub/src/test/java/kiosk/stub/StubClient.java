package kiosk.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A plain HTTP client for the stub's tests: raw JSON in, status + parsed JSON out. */
final class StubClient {

    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }

        boolean replayed() {
            return headers.firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String kioskId;
    private final String apiKey;

    StubClient(URI base) {
        this(base, "KIOSK-DEMO-001", "demo-key-001");
    }

    StubClient(URI base, String kioskId, String apiKey) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        this.base = base;
        this.kioskId = kioskId;
        this.apiKey = apiKey;
    }

    StubClient as(String otherKiosk, String otherKey) {
        return new StubClient(base, otherKiosk, otherKey);
    }

    Response get(String path) {
        return send(kiosk(path).GET());
    }

    /** A query POST (no idempotency key). */
    Response query(String path, String json) {
        return send(kiosk(path).POST(body(json)).header("Content-Type", "application/json"));
    }

    /** A mutating POST with a fresh idempotency key. */
    Response mutate(String path, String json) {
        return mutate(path, json, UUID.randomUUID().toString());
    }

    Response mutate(String path, String json, String key) {
        return send(kiosk(path).POST(body(json)).header("Content-Type", "application/json").header("Idempotency-Key", key));
    }

    Response admin(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("X-Admin-Token", "stub-admin").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : body(json));
        return send(b);
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder kiosk(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("X-Kiosk-Id", kioskId).header("Authorization", "Bearer " + apiKey);
    }

    static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    HttpClient http() {
        return http;
    }

    URI base() {
        return base;
    }
}
