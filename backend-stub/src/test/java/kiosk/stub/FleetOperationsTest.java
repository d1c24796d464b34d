package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Heartbeats as state reports, urgent events as open problems, and staged rollouts with pause and rollback. */
class FleetOperationsTest {

    private BackendStub stub;
    private StubClient admin;

    @BeforeEach
    void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build());
        admin = new StubClient(stub.baseUrl());
        for (int i = 1; i <= 4; i++) {
            assertThat(admin.admin("POST", "/admin/kiosks", "{\"kioskId\":\"K-" + i + "\",\"apiKey\":\"key-000" + i
                    + "\",\"location\":\"lab\"}").status()).isEqualTo(201);
        }
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private StubClient kiosk(int i) {
        return admin.as("K-" + i, "key-000" + i);
    }

    private JsonNode fleetRow(String kioskId) {
        for (JsonNode k : admin.admin("GET", "/admin/fleet", null).json().get("kiosks")) {
            if (k.get("kioskId").asText().equals(kioskId)) {
                return k;
            }
        }
        throw new AssertionError("no " + kioskId);
    }

    private static String beat(String sentAt, int version) {
        return "{\"sentAt\":\"" + sentAt + "\",\"devices\":[{\"device\":\"receipt-printer\",\"state\":\"ONLINE\","
                + "\"detail\":{\"paper\":\"FULL\"}}],\"reportedConfigVersion\":" + version + "}";
    }

    /** The kiosk's own GET carries the desired configuration signed by the operations key (demo key by default). */
    @Test
    void theDesiredConfigurationIsServedSignedByTheOperationsKey() throws Exception {
        long id = admin.admin("POST", "/admin/rollouts", "{\"config\":{\"idleTimeoutSeconds\":75},\"kioskIds\":[\"K-1\"]}")
                .json().get("rolloutId").asLong();
        assertThat(id).isPositive();
        JsonNode view = kiosk(1).get("/api/v1/fleet/kiosks/K-1/config").json();
        JsonNode signed = view.get("signed");
        assertThat(signed.get("format").asText()).isEqualTo("kiosk-fleet-settings/1");
        assertThat(signed.get("version").asInt()).isEqualTo(view.get("desiredVersion").asInt()).isEqualTo(2);
        assertThat(kiosk.stub.json.Json.mapper().readTree(signed.get("document").asText())).isEqualTo(view.get("desired"));
        java.security.KeyPair demo = kiosk.stub.fleet.ConfigSigner.demoKey();
        java.security.Signature ed = java.security.Signature.getInstance("Ed25519");
        ed.initVerify(demo.getPublic());
        ed.update(("kiosk-fleet-settings/1\n2\n" + signed.get("keyId").asText() + "\n" + signed.get("document").asText())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ed.verify(java.util.Base64.getDecoder().decode(signed.get("signature").asText()))).isTrue();
        assertThat(signed.get("keyId").asText()).isEqualTo("126e953b140a1017");
    }

    @Test
    void aResentHeartbeatIsAcknowledgedButCountedOnce() {
        String hb = beat("2026-03-01T10:00:00Z", 1);
        assertThat(kiosk(1).query("/api/v1/fleet/kiosks/K-1/heartbeat", hb).status()).isEqualTo(200);
        assertThat(kiosk(1).query("/api/v1/fleet/kiosks/K-1/heartbeat", hb).status()).isEqualTo(200);
        assertThat(kiosk(1).query("/api/v1/fleet/kiosks/K-1/heartbeat", beat("2026-03-01T09:59:30Z", 1)).status()).isEqualTo(200);
        JsonNode listed = admin.admin("GET", "/admin/kiosks", null).json().get("kiosks").get(0);
        assertThat(listed.get("heartbeatCount").asLong()).isEqualTo(1);
        assertThat(kiosk(1).query("/api/v1/fleet/kiosks/K-1/heartbeat", beat("2026-03-01T10:00:30Z", 1)).status()).isEqualTo(200);
        assertThat(admin.admin("GET", "/admin/kiosks", null).json().get("kiosks").get(0).get("heartbeatCount").asLong()).isEqualTo(2);
    }

    @Test
    void urgentEventsOpenAndCloseProblemsOnce() {
        kiosk(2).query("/api/v1/fleet/kiosks/K-2/heartbeat", beat(java.time.Instant.now().toString(), 1));
        assertThat(fleetRow("K-2").get("status").asText()).isEqualTo("OK");
        String raised = "{\"eventId\":\"e-1\",\"kind\":\"PAPER_OUT\",\"action\":\"RAISED\",\"device\":\"receipt-printer\","
                + "\"occurredAt\":\"2026-03-01T10:00:00Z\"}";
        assertThat(kiosk(2).query("/api/v1/fleet/kiosks/K-2/events", raised).json().get("duplicate").asBoolean()).isFalse();
        assertThat(kiosk(2).query("/api/v1/fleet/kiosks/K-2/events", raised).json().get("duplicate").asBoolean()).isTrue();
        JsonNode row = fleetRow("K-2");
        assertThat(row.get("status").asText()).isEqualTo("ERROR");
        assertThat(row.get("problems")).hasSize(1);
        assertThat(row.get("problems").get(0).get("kind").asText()).isEqualTo("PAPER_OUT");
        assertThat(kiosk(2).query("/api/v1/fleet/kiosks/K-2/events", raised.replace("e-1", "e-2").replace("RAISED", "CLEARED")
                .replace("10:00:00Z", "10:05:00Z")).status()).isEqualTo(200);
        assertThat(fleetRow("K-2").get("problems")).isEmpty();
        assertThat(kiosk(2).query("/api/v1/fleet/kiosks/K-1/events", raised.replace("e-1", "e-3")).code()).isEqualTo("KIOSK_MISMATCH");
        assertThat(kiosk(2).query("/api/v1/fleet/kiosks/K-2/events", raised.replace("PAPER_OUT", "NAME_OF_RESIDENT")).code())
                .isEqualTo("INVALID_FIELD");
    }

    @Test
    void aRolloutGoesWaveByWaveAndCanBePausedAndRolledBack() {
        JsonNode started = admin.admin("POST", "/admin/rollouts", "{\"config\":{\"idleTimeoutSeconds\":75},"
                + "\"kioskIds\":[\"K-1\",\"K-2\",\"K-3\",\"K-4\"],\"waves\":[25,100]}").json();
        long id = started.get("rolloutId").asLong();
        int version = started.get("version").asInt();
        assertThat(version).isEqualTo(2);
        assertThat(started.get("reached").asInt()).isEqualTo(1);
        assertThat(fleetRow("K-1").get("desiredConfigVersion").asInt()).isEqualTo(2);
        assertThat(fleetRow("K-2").get("desiredConfigVersion").asInt()).isEqualTo(1);
        assertThat(admin.admin("POST", "/admin/rollouts", "{\"config\":{},\"kioskIds\":[\"K-1\"]}").code()).isEqualTo("ROLLOUT_CONFLICT");

        // paused: the first wave reports in sync, but the second wave waits
        assertThat(admin.admin("POST", "/admin/rollouts/" + id + "/pause", null).json().get("state").asText()).isEqualTo("PAUSED");
        report(1, version, "{\"idleTimeoutSeconds\":75}");
        assertThat(fleetRow("K-2").get("desiredConfigVersion").asInt()).isEqualTo(1);
        JsonNode resumed = admin.admin("POST", "/admin/rollouts/" + id + "/resume", null).json();
        assertThat(resumed.get("currentWave").asInt()).isEqualTo(1);
        assertThat(resumed.get("reached").asInt()).isEqualTo(4);
        assertThat(fleetRow("K-4").get("desiredConfigVersion").asInt()).isEqualTo(2);

        // a problem raised in the second wave holds it there; the operator rolls back
        kiosk(3).query("/api/v1/fleet/kiosks/K-3/events", "{\"eventId\":\"x\",\"kind\":\"DEVICE_ERROR\",\"action\":\"RAISED\","
                + "\"occurredAt\":\"" + java.time.Instant.now().plusSeconds(1) + "\"}");
        for (int i = 2; i <= 4; i++) {
            report(i, version, "{\"idleTimeoutSeconds\":75}");
        }
        assertThat(admin.admin("GET", "/admin/rollouts", null).json().get("rollouts").get(0).get("state").asText()).isEqualTo("RUNNING");
        JsonNode rolledBack = admin.admin("POST", "/admin/rollouts/" + id + "/rollback", "{\"reason\":\"scanner errors\"}").json();
        assertThat(rolledBack.get("state").asText()).isEqualTo("ROLLED_BACK");
        JsonNode config = kiosk(4).get("/api/v1/fleet/kiosks/K-4/config").json();
        assertThat(config.get("desiredVersion").asInt()).isGreaterThan(version);
        assertThat(config.get("desired").get("idleTimeoutSeconds").asInt()).isEqualTo(60);
    }

    @Test
    void aRolloutCompletesWhenEveryKioskRunsIt() {
        long id = admin.admin("POST", "/admin/rollouts", "{\"config\":{\"heartbeatSeconds\":20},\"kioskIds\":[\"K-1\",\"K-2\"],"
                + "\"waves\":[50,100]}").json().get("rolloutId").asLong();
        report(1, 2, "{\"heartbeatSeconds\":20}");
        report(2, 2, "{\"heartbeatSeconds\":20}");
        JsonNode r = admin.admin("GET", "/admin/rollouts", null).json().get("rollouts").get(0);
        assertThat(r.get("rolloutId").asLong()).isEqualTo(id);
        assertThat(r.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(fleetRow("K-2").get("inSync").asBoolean()).isTrue();
        assertThat(admin.admin("POST", "/admin/rollouts", "{\"config\":{},\"kioskIds\":[\"K-1\"],\"waves\":[50,40]}").code())
                .isEqualTo("INVALID_FIELD");
    }

    /** The heartbeat answers from a cache of desired versions: every change must reach the very next beat. */
    @Test
    void theNextHeartbeatAnswersEveryNewDesiredVersion() {
        for (int i = 1; i <= 3; i++) {
            assertThat(desiredAnswered(i)).isEqualTo(1); // cached now
        }
        long id = admin.admin("POST", "/admin/rollouts", "{\"config\":{\"idleTimeoutSeconds\":90},\"kioskIds\":[\"K-1\",\"K-2\"],"
                + "\"waves\":[50,100]}").json().get("rolloutId").asLong();
        assertThat(desiredAnswered(1)).isEqualTo(2);
        assertThat(desiredAnswered(2)).isEqualTo(1);
        report(1, 2, "{\"idleTimeoutSeconds\":90}"); // the first wave runs it: the second wave is given
        assertThat(desiredAnswered(2)).isEqualTo(2);
        assertThat(admin.admin("POST", "/admin/rollouts/" + id + "/rollback", null).status()).isEqualTo(200);
        assertThat(desiredAnswered(1)).isEqualTo(3);
        assertThat(desiredAnswered(2)).isEqualTo(3);
        assertThat(admin.admin("PUT", "/admin/kiosks/K-3/config", "{\"expectedVersion\":1,\"config\":{\"a\":1}}").status())
                .isEqualTo(200);
        assertThat(desiredAnswered(3)).isEqualTo(2);
        // A refused change leaves the cache alone.
        assertThat(admin.admin("PUT", "/admin/kiosks/K-3/config", "{\"expectedVersion\":1,\"config\":{\"a\":2}}").code())
                .isEqualTo("CONFIG_VERSION_CONFLICT");
        assertThat(desiredAnswered(3)).isEqualTo(2);
    }

    private int sentSeconds;

    private int desiredAnswered(int kiosk) {
        String sentAt = java.time.Instant.parse("2026-03-01T10:00:00Z").plusSeconds(sentSeconds++).toString();
        JsonNode ack = kiosk(kiosk).query("/api/v1/fleet/kiosks/K-" + kiosk + "/heartbeat", beat(sentAt, 1)).json();
        assertThat(ack.get("configChanged").asBoolean()).isEqualTo(ack.get("desiredConfigVersion").asInt() != 1);
        return ack.get("desiredConfigVersion").asInt();
    }

    private void report(int kiosk, int version, String config) {
        assertThat(kiosk(kiosk).mutate("/api/v1/fleet/kiosks/K-" + kiosk + "/config/reported", "{\"version\":" + version
                + ",\"config\":" + config + "}").status()).isEqualTo(200);
    }

    @Test
    void theFleetPageIsServed() {
        StubClient.Response page = admin.get("/fleet");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/fleet/fleet.js");
        assertThat(admin.get("/fleet/fleet.js").body()).contains("/admin/fleet");
    }
}
