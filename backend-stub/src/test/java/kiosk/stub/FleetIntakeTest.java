package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heartbeats are held in memory and written to H2 in batches: the views see every beat at once, a stopped
 * stub has written them all, and neither coalescing nor a restart counts a resend or undoes a registration.
 */
class FleetIntakeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final int KIOSKS = 40;
    private static final int BEATS = 5;

    private static StubSettings.Builder on(String db) {
        return StubSettings.builder().port(0).db(db).generatedResidents(0);
    }

    /** A writer that never comes round by itself: only stopping the stub stores the beats. */
    private static StubSettings.Builder storedOnlyAtStop(String db) {
        return on(db).heartbeatFlush(Duration.ofHours(1));
    }

    private static String beat(Instant sentAt, long sessions, String version) {
        return "{\"sentAt\":\"" + sentAt + "\"," + (version == null ? "" : "\"softwareVersion\":\"" + version + "\",")
                + "\"devices\":[{\"device\":\"receipt-printer\",\"state\":\"ONLINE\",\"detail\":{\"paper\":\"FULL\"}}],"
                + "\"counters\":{\"sessions\":" + sessions + "},\"reportedConfigVersion\":1}";
    }

    private static StubClient kiosk(StubClient admin, int i) {
        return admin.as(String.format("K-%03d", i), String.format("key-%05d", i));
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> rows = new HashMap<>();
        list.forEach(k -> rows.put(k.get("kioskId").asText(), k));
        return rows;
    }

    @Test
    void aBurstFromManyKiosksIsCountedOnceEachInTheViewsAndInH2(@TempDir Path dir) throws Exception {
        String db = dir.resolve("stub").toString();
        try (BackendStub stub = BackendStub.start(on(db).build())) {
            StubClient admin = new StubClient(stub.baseUrl());
            for (int i = 0; i < KIOSKS; i++) {
                assertThat(admin.admin("POST", "/admin/kiosks", String.format("{\"kioskId\":\"K-%03d\",\"apiKey\":\"key-%05d\","
                        + "\"location\":\"lab\"}", i, i)).status()).isEqualTo(201);
            }
            // Every kiosk beats BEATS times, each beat sent twice and followed by a late resend of an older one,
            // from 8 clients at once: only the BEATS new ones count.
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < KIOSKS; i++) {
                    StubClient k = kiosk(admin, i);
                    String path = String.format("/api/v1/fleet/kiosks/K-%03d/heartbeat", i);
                    done.add(clients.submit(() -> {
                        for (int b = 1; b <= BEATS; b++) {
                            String hb = beat(T0.plusSeconds(10L * b), b, "0.1." + b);
                            assertThat(k.query(path, hb).status()).isEqualTo(200);
                            assertThat(k.query(path, hb).status()).isEqualTo(200);
                            assertThat(k.query(path, beat(T0.plusSeconds(10L * b - 5), 99, "0.0.9")).status()).isEqualTo(200);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                clients.shutdown();
            }
            // At once, whether the writer has stored them yet or not.
            assertEveryKioskBeat(admin, BEATS);
            Map<String, JsonNode> fleet = byId(admin.admin("GET", "/admin/fleet", null).json().get("kiosks"));
            assertThat(fleet.get("K-007").get("status").asText()).isEqualTo("OK");
            assertThat(fleet.get("K-007").get("devices").get(0).get("paper").asText()).isEqualTo("FULL");
            Thread.sleep(600); // stored meanwhile (every 200 ms): the same answer from H2
            assertEveryKioskBeat(admin, BEATS);
        }
        try (BackendStub stub = BackendStub.start(on(db).build())) {
            StubClient admin = new StubClient(stub.baseUrl());
            assertEveryKioskBeat(admin, BEATS);
            // After a restart the dedupe continues from H2: the newest beat resent is not counted, a newer one is.
            StubClient k = kiosk(admin, 3);
            k.query("/api/v1/fleet/kiosks/K-003/heartbeat", beat(T0.plusSeconds(10L * BEATS), BEATS, "0.1." + BEATS));
            assertThat(byId(admin.admin("GET", "/admin/kiosks", null).json().get("kiosks")).get("K-003").get("heartbeatCount").asLong())
                    .isEqualTo(BEATS);
            k.query("/api/v1/fleet/kiosks/K-003/heartbeat", beat(T0.plusSeconds(10L * BEATS + 10), BEATS + 1, null));
            JsonNode row = byId(admin.admin("GET", "/admin/kiosks", null).json().get("kiosks")).get("K-003");
            assertThat(row.get("heartbeatCount").asLong()).isEqualTo(BEATS + 1);
            assertThat(row.get("softwareVersion").asText()).isEqualTo("0.1." + BEATS); // a beat without a version keeps it
        }
    }

    private static void assertEveryKioskBeat(StubClient admin, int beats) {
        Map<String, JsonNode> kiosks = byId(admin.admin("GET", "/admin/kiosks", null).json().get("kiosks"));
        for (int i = 0; i < KIOSKS; i++) {
            JsonNode k = kiosks.get(String.format("K-%03d", i));
            assertThat(k.get("heartbeatCount").asLong()).as("beats of K-%03d", i).isEqualTo(beats);
            assertThat(k.get("softwareVersion").asText()).isEqualTo("0.1." + beats);
            assertThat(k.get("lastHeartbeat").get("counters").get("sessions").asLong()).isEqualTo(beats);
            assertThat(k.hasNonNull("lastHeartbeatAt")).isTrue();
        }
    }

    @Test
    void aStubStoppedRightAfterABeatHasItWhenRestarted(@TempDir Path dir) {
        String db = dir.resolve("stub").toString();
        String lastAt;
        try (BackendStub stub = BackendStub.start(storedOnlyAtStop(db).build())) {
            StubClient demo = new StubClient(stub.baseUrl());
            assertThat(demo.query("/api/v1/fleet/kiosks/KIOSK-DEMO-001/heartbeat", beat(T0, 7, "0.3.0")).status()).isEqualTo(200);
            lastAt = byId(demo.admin("GET", "/admin/kiosks", null).json().get("kiosks")).get("KIOSK-DEMO-001")
                    .get("lastHeartbeatAt").asText();
        }
        try (BackendStub stub = BackendStub.start(on(db).build())) {
            StubClient demo = new StubClient(stub.baseUrl());
            JsonNode row = byId(demo.admin("GET", "/admin/kiosks", null).json().get("kiosks")).get("KIOSK-DEMO-001");
            assertThat(row.get("heartbeatCount").asLong()).isEqualTo(1);
            assertThat(row.get("lastHeartbeatAt").asText()).isEqualTo(lastAt);
            assertThat(row.get("softwareVersion").asText()).isEqualTo("0.3.0");
            assertThat(row.get("lastHeartbeat").get("counters").get("sessions").asLong()).isEqualTo(7);
            JsonNode fleet = byId(demo.admin("GET", "/admin/fleet", null).json().get("kiosks")).get("KIOSK-DEMO-001");
            assertThat(fleet.get("lastHeartbeatAt").asText()).isEqualTo(lastAt);
        }
    }

    @Test
    void aBeatThatArrivedBeforeARegistrationDoesNotUndoItsVersion(@TempDir Path dir) {
        String db = dir.resolve("stub").toString();
        MutableClock clock = new MutableClock(T0);
        try (BackendStub stub = BackendStub.start(storedOnlyAtStop(db).clock(clock).build())) {
            StubClient demo = new StubClient(stub.baseUrl());
            demo.query("/api/v1/fleet/kiosks/KIOSK-DEMO-001/heartbeat", beat(T0, 1, "0.1.0"));
            clock.advance(Duration.ofSeconds(1));
            assertThat(demo.mutate("/api/v1/fleet/kiosks/KIOSK-DEMO-001/registration",
                    "{\"model\":\"K-100\",\"softwareVersion\":\"0.2.0\",\"devices\":[]}").status()).isEqualTo(200);
            assertThat(byId(demo.admin("GET", "/admin/kiosks", null).json().get("kiosks")).get("KIOSK-DEMO-001")
                    .get("softwareVersion").asText()).isEqualTo("0.2.0");
        }
        try (BackendStub stub = BackendStub.start(on(db).clock(clock).build())) {
            JsonNode row = byId(new StubClient(stub.baseUrl()).admin("GET", "/admin/kiosks", null).json().get("kiosks"))
                    .get("KIOSK-DEMO-001");
            assertThat(row.get("softwareVersion").asText()).isEqualTo("0.2.0");
            assertThat(row.get("heartbeatCount").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aResetForgetsTheBeatsHeldInMemory() {
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build())) {
            StubClient demo = new StubClient(stub.baseUrl());
            String hb = beat(T0, 1, "0.1.0");
            demo.query("/api/v1/fleet/kiosks/KIOSK-DEMO-001/heartbeat", hb);
            assertThat(demo.admin("POST", "/admin/reset", null).status()).isEqualTo(200);
            JsonNode row = byId(demo.admin("GET", "/admin/kiosks", null).json().get("kiosks")).get("KIOSK-DEMO-001");
            assertThat(row.get("heartbeatCount").asLong()).isZero();
            assertThat(row.hasNonNull("lastHeartbeat")).isFalse();
            demo.query("/api/v1/fleet/kiosks/KIOSK-DEMO-001/heartbeat", hb); // new after the reset: counted
            assertThat(byId(demo.admin("GET", "/admin/kiosks", null).json().get("kiosks")).get("KIOSK-DEMO-001")
                    .get("heartbeatCount").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aBeatH2CouldNotStoreIsRefusedAtTheDoor() {
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build())) {
            StubClient demo = new StubClient(stub.baseUrl());
            String path = "/api/v1/fleet/kiosks/KIOSK-DEMO-001/heartbeat";
            assertThat(demo.query(path, beat(T0, 1, "v".repeat(41))).code()).isEqualTo("INVALID_FIELD");
            String huge = "{\"sentAt\":\"" + T0 + "\",\"devices\":[{\"device\":\"printer\",\"state\":\"ONLINE\",\"detail\":{\"note\":\""
                    + "x".repeat(21_000) + "\"}}]}";
            assertThat(demo.query(path, huge).code()).isEqualTo("BODY_TOO_LARGE");
            assertThat(byId(demo.admin("GET", "/admin/kiosks", null).json().get("kiosks")).get("KIOSK-DEMO-001")
                    .get("heartbeatCount").asLong()).isZero();
        }
    }
}
