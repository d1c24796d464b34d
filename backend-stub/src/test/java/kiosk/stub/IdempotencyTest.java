package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kiosk.stub.fault.FaultRule;
import kiosk.stub.fault.FaultSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Idempotency-Key rules: replay, reuse with another body, in flight, concurrent duplicates, expiry, stored 5xx. */
class IdempotencyTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-01T02:00:00Z"));
    static BackendStub stub;
    static StubClient client;
    static String zhang;

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).clock(CLOCK)
                .idempotencyTtl(Duration.ofHours(24)).build());
        client = new StubClient(stub.baseUrl());
        zhang = client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}")
                .json().get("residentId").asText();
    }

    @AfterEach
    void reset() {
        stub.faults().configure(FaultSettings.NONE);
        assertThat(client.admin("POST", "/admin/reset", null).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static String order(String violation, String clientRef) {
        return "{\"residentId\":\"" + zhang + "\",\"clientRef\":\"" + clientRef
                + "\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"" + violation + "\"}]}";
    }

    static long ledgerCount(String kind, String key) {
        JsonNode entries = client.admin("GET", "/admin/ledger?kind=" + kind, null).json().get("entries");
        int n = 0;
        for (JsonNode e : entries) {
            if (key == null || key.equals(e.path("idempotencyKey").asText())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void missingKeyOnAMutatingRouteIs400AndChangesNothing() {
        StubClient.Response r = client.query("/api/v1/payments/orders", order("V-DEMO-0001", "A"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("IDEMPOTENCY_KEY_MISSING");
        assertThat(ledgerCount("ORDER_CREATED", null)).isZero();
    }

    @Test
    void sameKeySameBodyReplaysTheFirstResponse() {
        StubClient.Response first = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-1");
        StubClient.Response again = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.replayed()).isFalse();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(ledgerCount("ORDER_CREATED", "key-1")).isEqualTo(1);
    }

    @Test
    void fieldOrderDoesNotMakeAnotherRequest() {
        client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-order");
        String reordered = "{\"items\":[{\"reference\":\"V-DEMO-0001\",\"kind\":\"TRAFFIC_FINE\"}],\"clientRef\":\"A\",\"residentId\":\"" + zhang + "\"}";
        assertThat(client.mutate("/api/v1/payments/orders", reordered, "key-order").replayed()).isTrue();
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-2");
        StubClient.Response other = client.mutate("/api/v1/payments/orders", order("V-DEMO-0002", "A"), "key-2");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        StubClient.Response otherPath = client.mutate("/api/v1/receipts", "{\"orderId\":\"x\",\"residentId\":\"y\"}", "key-2");
        assertThat(otherPath.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(ledgerCount("ORDER_CREATED", null)).isEqualTo(1);
    }

    @Test
    void keysAreScopedPerKiosk() {
        StubClient other = client.as("KIOSK-DEMO-002", "demo-key-002");
        assertThat(client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "shared").status()).isEqualTo(201);
        StubClient.Response second = other.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "shared");
        assertThat(second.replayed()).isFalse();
        assertThat(second.code()).isEqualTo("ITEM_IN_PENDING_ORDER");
    }

    @Test
    void aRequestStillInFlightWithTheKeyIs409() throws Exception {
        stub.faults().configure(FaultSettings.of(1, new FaultRule("/api/v1/payments/orders", List.of("POST"), 1500, null,
                null, null, null, null, null, null, null, null, true, 1)));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<StubClient.Response> slow = pool.submit(() -> client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-3"));
            Thread.sleep(400);
            StubClient.Response during = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-3");
            assertThat(during.status()).isEqualTo(409);
            assertThat(during.code()).isEqualTo("IDEMPOTENCY_IN_FLIGHT");
            assertThat(during.json().get("retryable").asBoolean()).isTrue();
            assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
            assertThat(client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-3").replayed()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDuplicatesHaveExactlyOneEffect() throws Exception {
        int threads = 24;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<StubClient.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<StubClient.Response> send = () -> {
                    go.await();
                    return client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "DUP"), "dup-key");
                };
                futures.add(pool.submit(send));
            }
            go.countDown();
            List<StubClient.Response> responses = new ArrayList<>();
            for (Future<StubClient.Response> f : futures) {
                responses.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
            List<StubClient.Response> created = responses.stream().filter(r -> r.status() == 201).toList();
            assertThat(created).isNotEmpty();
            assertThat(created.stream().filter(r -> !r.replayed())).hasSize(1);
            Set<String> orderIds = created.stream().map(r -> r.json().get("orderId").asText()).collect(Collectors.toSet());
            assertThat(orderIds).hasSize(1);
            assertThat(responses.stream().filter(r -> r.status() == 409))
                    .allSatisfy(r -> assertThat(r.code()).isEqualTo("IDEMPOTENCY_IN_FLIGHT"));
            assertThat(ledgerCount("ORDER_CREATED", "dup-key")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentPaymentsOfOneOrderWithDifferentKeysPayOnce() throws Exception {
        String orderId = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "P")).json().get("orderId").asText();
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<StubClient.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "");
                }));
            }
            go.countDown();
            int paid = 0;
            for (Future<StubClient.Response> f : futures) {
                StubClient.Response r = f.get(30, TimeUnit.SECONDS);
                if (r.status() == 200) {
                    paid++;
                } else {
                    assertThat(r.code()).isEqualTo("ORDER_NOT_PENDING");
                }
            }
            assertThat(paid).isEqualTo(1);
            assertThat(ledgerCount("ORDER_PAID", null)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusalsAreStoredAndReplayedToo() {
        StubClient.Response first = client.mutate("/api/v1/payments/orders", order("V-NOPE", "A"), "key-4");
        assertThat(first.code()).isEqualTo("ITEM_NOT_FOUND");
        StubClient.Response again = client.mutate("/api/v1/payments/orders", order("V-NOPE", "A"), "key-4");
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void aServerErrorIsNotStoredSoTheResendRunsOnceAgain() {
        stub.faults().configure(FaultSettings.of(3, new FaultRule("/api/v1/payments/orders", null, null, null, null, null,
                null, null, null, null, null, 1.0, null, 1)));
        StubClient.Response first = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-5");
        assertThat(first.status()).isEqualTo(500);
        assertThat(first.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(ledgerCount("ORDER_CREATED", null)).as("the failed effect was rolled back").isZero();
        StubClient.Response again = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-5");
        assertThat(again.status()).as("a 500 is never the key's stored answer").isEqualTo(201);
        assertThat(again.replayed()).isFalse();
        StubClient.Response third = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-5");
        assertThat(third.replayed()).isTrue();
        assertThat(ledgerCount("ORDER_CREATED", null)).isEqualTo(1);
    }

    @Test
    void invalidInputDoesNotUseUpTheKey() {
        StubClient.Response bad = client.mutate("/api/v1/payments/orders", "{\"residentId\":", "key-7");
        assertThat(bad.code()).isEqualTo("MALFORMED_JSON");
        StubClient.Response fixed = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-7");
        assertThat(fixed.status()).isEqualTo(201);
        assertThat(fixed.replayed()).isFalse();
    }

    @Test
    void keysExpireAfterTheirTimeToLive() {
        client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "A"), "key-8");
        CLOCK.advance(Duration.ofHours(23));
        assertThat(client.mutate("/api/v1/payments/orders", order("V-DEMO-0002", "A"), "key-8").code())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        CLOCK.advance(Duration.ofHours(2));
        StubClient.Response fresh = client.mutate("/api/v1/payments/orders", order("V-DEMO-0002", "A"), "key-8");
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(fresh.replayed()).isFalse();
    }

    @Test
    void pendingOrdersExpireAndReleaseTheirItems() {
        String orderId = client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "E")).json().get("orderId").asText();
        assertThat(client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "E2")).code()).isEqualTo("ITEM_IN_PENDING_ORDER");
        CLOCK.advance(Duration.ofMinutes(16));
        assertThat(client.get("/api/v1/payments/orders/" + orderId).json().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "").code()).isEqualTo("ORDER_EXPIRED");
        assertThat(client.mutate("/api/v1/payments/orders", order("V-DEMO-0001", "E3")).status()).isEqualTo(201);
    }
}
