package kiosk.app.backend;

import kiosk.app.model.BackendException;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.OrderItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kiosk.app.model.BackendException.Kind;
import kiosk.config.KioskConfig;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults MockWebServer can produce at the socket level. Each test asserts the typed failure, that no
 * call outlives its deadline (call timeout plus a scheduling margin: a deadline property, not a speed
 * benchmark) and that resends of a mutating call carry one and the same idempotency key.
 */
class BackendFaultMockTest {

    static final Duration CALL_TIMEOUT = Duration.ofMillis(1500);
    static final Duration MARGIN = Duration.ofMillis(700);
    private static final String ORDER = """
            {"orderId":"ORD-1","amountCents":20000,"qrPayload":"pay://ORD-1","status":"PENDING"}""";

    @TempDir
    Path dir;
    private MockWebServer server;
    private ResilientKioskBackend backend;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        backend = freshBackend();
    }

    /** A new client with a closed circuit. */
    private ResilientKioskBackend freshBackend() {
        KioskConfig config = TestConfigs.pointingAt(server.url("/").toString(), dir.resolve("j.db"),
                Duration.ofMillis(500), Duration.ofMillis(800), CALL_TIMEOUT);
        return KioskBackends.create(config, null, TestConfigs.fastPolicy());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse.Builder json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body);
    }

    /** Runs the call, asserts it failed with the kind within the deadline, returns the failure. */
    private BackendException failsWithin(Kind kind, Callable<?> call) {
        long start = System.nanoTime();
        BackendException e = catchThrowableOfType(BackendException.class, call::call);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(e).as("typed failure").isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertThat(elapsed).as("call outlived its deadline").isLessThan(CALL_TIMEOUT.plus(MARGIN));
        return e;
    }

    private Set<String> keysOfRequests() throws InterruptedException {
        Set<String> keys = new HashSet<>();
        RecordedRequest r;
        while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
            keys.add(String.valueOf(r.getHeaders().get("Idempotency-Key")));
        }
        return keys;
    }

    private PaymentOrder create() throws BackendException {
        return backend.createOrder("R-1", "client-ref-1", List.of(OrderItem.trafficFine("V-1")), "key-1");
    }

    @Test
    void latencySpikeWithinTheDeadlineSucceeds() throws Exception {
        server.enqueue(json(201, ORDER).headersDelay(300, TimeUnit.MILLISECONDS).build());
        assertThat(create().orderId()).isEqualTo("ORD-1");
    }

    @Test
    void latencyBeyondTheDeadlineIsATimeoutAndResendsKeepTheKey() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(201, ORDER).headersDelay(5, TimeUnit.SECONDS).build());
        }
        BackendException e = failsWithin(Kind.TIMEOUT, this::create);
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(keysOfRequests()).containsExactly("key-1");
    }

    @Test
    void stallBeforeTheAnswerIsATimeout() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, ORDER).onResponseStart(SocketEffect.Stall.INSTANCE).build());
        }
        failsWithin(Kind.TIMEOUT, () -> backend.order("ORD-1"));
    }

    @Test
    void stallInTheMiddleOfTheBodyIsATimeout() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, ORDER).throttleBody(10, 10, TimeUnit.SECONDS).build());
        }
        failsWithin(Kind.TIMEOUT, () -> backend.order("ORD-1"));
    }

    @Test
    void persistent5xxIsRetriedWithTheSameKeyThenReported() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{\"code\":\"MAINTENANCE\",\"retryable\":true}").build());
        }
        BackendException e = failsWithin(Kind.SERVER_ERROR, this::create);
        assertThat(e.code()).isEqualTo("MAINTENANCE");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(keysOfRequests()).containsExactly("key-1");
    }

    @Test
    void connectionResetIsRetriedWithTheSameKey() throws Exception {
        server.enqueue(json(201, ORDER).onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
        server.enqueue(json(201, ORDER).build());
        assertThat(create().orderId()).isEqualTo("ORD-1");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(keysOfRequests()).containsExactly("key-1");
    }

    @Test
    void connectionResetEveryTimeIsConnectionLostWithUnknownOutcome() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(201, ORDER).onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
        }
        BackendException e = failsWithin(Kind.UNREACHABLE, this::create);
        assertThat(e.code()).isEqualTo(BackendException.CONNECTION_LOST);
        assertThat(e.outcomeUnknown()).isTrue();
    }

    @Test
    void malformedBodyIsBadResponseAndNotRetried() {
        server.enqueue(json(200, "<html>gateway</html>").build());
        BackendException e = failsWithin(Kind.BAD_RESPONSE, () -> backend.order("ORD-1"));
        assertThat(e.code()).isEqualTo("MALFORMED_BODY");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void jsonCutShortIsBadResponse() {
        server.enqueue(json(200, "{\"orderId\":\"ORD-1\",\"amou").build());
        failsWithin(Kind.BAD_RESPONSE, () -> backend.order("ORD-1"));
    }

    @Test
    void bodyShorterThanDeclaredIsTruncated() {
        server.enqueue(json(200, ORDER).onResponseBody(new SocketEffect.CloseSocket(true, false, false)).build());
        BackendException e = failsWithin(Kind.BAD_RESPONSE, () -> backend.order("ORD-1"));
        assertThat(e.code()).isEqualTo("TRUNCATED_BODY");
    }

    @Test
    void nonsenseAnswersAreBadResponses() {
        server.enqueue(json(200, "{\"orderId\":\"ORD-1\",\"amountCents\":-5,\"status\":\"PAID\"}").build());
        failsWithin(Kind.BAD_RESPONSE, () -> backend.order("ORD-1"));
        backend = freshBackend(); // malformed answers count as failures: four of them open the circuit
        server.enqueue(json(200, "{\"orderId\":\"ORD-1\",\"amountCents\":100,\"status\":\"MAYBE\"}").build());
        failsWithin(Kind.BAD_RESPONSE, () -> backend.order("ORD-1"));
        server.enqueue(json(200, "{\"orderId\":\"ORD-2\",\"amountCents\":100,\"status\":\"PAID\"}").build());
        failsWithin(Kind.BAD_RESPONSE, () -> backend.order("ORD-1"));
        server.enqueue(json(200, "[1,2,3]").build());
        failsWithin(Kind.BAD_RESPONSE, () -> backend.order("ORD-1"));
        backend = freshBackend();
        server.enqueue(json(200, "{\"violations\":\"none\"}").build());
        failsWithin(Kind.BAD_RESPONSE, () -> backend.violations("R-1"));
        server.enqueue(json(200, "{\"name\":\"x\"}").build());
        failsWithin(Kind.BAD_RESPONSE, () -> backend.lookupResident("330602198503151256", "张伟"));
        server.enqueue(json(418, "teapot").build());
        BackendException noCode = failsWithin(Kind.BAD_RESPONSE, () -> backend.order("ORD-1"));
        assertThat(noCode.code()).isEqualTo("HTTP_418");
    }

    @Test
    void unauthorisedIsTypedAndNotRetried() {
        server.enqueue(json(401, "{\"code\":\"UNKNOWN_KIOSK\",\"retryable\":false}").build());
        BackendException e = failsWithin(Kind.UNAUTHORIZED, () -> backend.order("ORD-1"));
        assertThat(e.code()).isEqualTo("UNKNOWN_KIOSK");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void openCircuitFailsAtOnceWithoutTouchingTheBackendAndClosesAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(500, "{\"code\":\"BOOM\"}").build());
        }
        failsWithin(Kind.SERVER_ERROR, () -> backend.order("ORD-1"));
        // The fourth failed attempt opens the circuit (window 10, minimum 4 calls, 50 %): its retry is refused.
        failsWithin(Kind.CIRCUIT_OPEN, () -> backend.order("ORD-1"));
        assertThat(server.getRequestCount()).isEqualTo(4);
        int before = server.getRequestCount();
        long start = System.nanoTime();
        failsWithin(Kind.CIRCUIT_OPEN, () -> backend.order("ORD-1"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
        assertThat(server.getRequestCount()).isEqualTo(before);

        Thread.sleep(400); // the fast policy keeps the circuit open 300 ms
        server.enqueue(json(200, ORDER).build());
        assertThat(backend.order("ORD-1").orderId()).isEqualTo("ORD-1");
    }

    @Test
    void bulkheadTurnsAwayCallsBeyondItsLimit() throws Exception {
        for (int i = 0; i < 8; i++) {
            server.enqueue(json(200, ORDER).headersDelay(600, TimeUnit.MILLISECONDS).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Kind>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    try {
                        backend.order("ORD-1");
                        return null;
                    } catch (BackendException e) {
                        return e.kind();
                    }
                }));
            }
            List<Kind> kinds = new ArrayList<>();
            for (Future<Kind> f : results) {
                kinds.add(f.get(5, TimeUnit.SECONDS));
            }
            assertThat(kinds).contains(Kind.BUSY);
            assertThat(kinds.stream().filter(k -> k == null).count()).isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
