package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff actions reported by kiosks: stored once per key, listed per kiosk, no ID numbers, no other kiosk's records. */
class StaffActionApiTest {

    static BackendStub stub;
    static StubClient client;
    static final String PATH = "/api/v1/fleet/kiosks/KIOSK-DEMO-001/staff-actions";

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(2).build());
        client = new StubClient(stub.baseUrl());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    private static String action(long sequence, String action, String detail) {
        return "{\"sequence\":" + sequence + ",\"at\":\"2026-03-01T08:00:00Z\",\"staffId\":\"S-0107\",\"action\":\"" + action
                + "\",\"subject\":\"traffic.fines\",\"detail\":\"" + detail + "\"}";
    }

    @Test
    void anActionIsStoredOnceAndListedNewestFirst() {
        assertThat(client.mutate(PATH, action(1, "SERVICE_DISABLED", "admin.reason.maintenance"), "staff-1").status()).isEqualTo(200);
        assertThat(client.mutate(PATH, action(1, "SERVICE_DISABLED", "admin.reason.maintenance"), "staff-1").status()).isEqualTo(200);
        assertThat(client.mutate(PATH, action(2, "SERVICE_ENABLED", ""), "staff-2").status()).isEqualTo(200);
        JsonNode list = client.get(PATH).json().get("actions");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("action").asText()).isEqualTo("SERVICE_ENABLED");
        assertThat(list.get(1).get("staffId").asText()).isEqualTo("S-0107");
        assertThat(list.get(1).get("detail").asText()).isEqualTo("admin.reason.maintenance");
    }

    @Test
    void anIdNumberOrAnUnknownActionIsRefused() {
        StubClient.Response withId = client.mutate(PATH, action(3, "TEST_CARD_READ", "read 110101198503151235"), "staff-3");
        assertThat(withId.status()).isEqualTo(400);
        assertThat(withId.body()).contains("must not contain an ID number");
        assertThat(client.mutate(PATH, action(4, "FORMAT_DISK", ""), "staff-4").status()).isEqualTo(400);
    }

    @Test
    void aKioskReportsAndReadsOnlyItsOwnActions() {
        StubClient other = client.as("KIOSK-DEMO-002", "demo-key-002");
        assertThat(other.mutate(PATH, action(5, "RESTART", ""), "staff-5").status()).isEqualTo(403);
        assertThat(other.get(PATH).status()).isEqualTo(403);
    }
}
