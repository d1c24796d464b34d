package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authentication and bad input: each a 4xx with a clear JSON error, and nothing half-written. */
class BadInputAndAuthTest {

    static BackendStub stub;
    static StubClient client;
    static String zhang;

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).maxBodyBytes(4096).build());
        client = new StubClient(stub.baseUrl());
        zhang = client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}")
                .json().get("residentId").asText();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void missingCredentialsUnknownKioskAndWrongKeyAre401() {
        StubClient.Response none = client.send(HttpRequest.newBuilder(stub.baseUrl().resolve("/api/v1/payments/orders/O-1")));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("UNAUTHORIZED");
        assertThat(client.as("KIOSK-NOBODY", "demo-key-001").get("/api/v1/payments/orders/O-1").code()).isEqualTo("UNAUTHORIZED");
        assertThat(client.as("KIOSK-DEMO-001", "demo-key-002").get("/api/v1/payments/orders/O-1").code()).isEqualTo("UNAUTHORIZED");
        StubClient.Response basic = client.send(HttpRequest.newBuilder(stub.baseUrl().resolve("/api/v1/payments/orders/O-1"))
                .header("X-Kiosk-Id", "KIOSK-DEMO-001").header("Authorization", "Basic ZGVtbw=="));
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void aKioskActsOnlyOnItsOwnFleetRecord() {
        StubClient.Response r = client.mutate("/api/v1/fleet/kiosks/KIOSK-DEMO-002/heartbeat",
                "{\"sentAt\":\"2026-01-01T00:00:00Z\",\"devices\":[]}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("KIOSK_MISMATCH");
    }

    @Test
    void adminRoutesNeedTheAdminToken() {
        StubClient.Response r = client.send(client.kiosk("/admin/ledger").GET());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("ADMIN_UNAUTHORIZED");
    }

    @Test
    void aProvisionedKioskCanAuthenticateAndDuplicatesAreRefused() {
        String kiosk = "{\"kioskId\":\"KIOSK-T-1\",\"apiKey\":\"t-key-00001\",\"location\":\"lab\"}";
        assertThat(client.admin("POST", "/admin/kiosks", kiosk).status()).isEqualTo(201);
        assertThat(client.admin("POST", "/admin/kiosks", kiosk).code()).isEqualTo("KIOSK_ALREADY_EXISTS");
        StubClient t1 = client.as("KIOSK-T-1", "t-key-00001");
        assertThat(t1.mutate("/api/v1/fleet/kiosks/KIOSK-T-1/heartbeat", "{\"sentAt\":\"2026-01-01T00:00:00Z\",\"devices\":[],"
                + "\"counters\":{\"prints\":4},\"reportedConfigVersion\":1}").json().get("configChanged").asBoolean()).isFalse();
        assertThat(client.admin("PUT", "/admin/kiosks/KIOSK-T-1/config", "{\"expectedVersion\":1,\"config\":{\"a\":1}}").status()).isEqualTo(200);
        assertThat(client.admin("PUT", "/admin/kiosks/KIOSK-T-1/config", "{\"expectedVersion\":1,\"config\":{\"a\":2}}").code())
                .isEqualTo("CONFIG_VERSION_CONFLICT");
        assertThat(t1.mutate("/api/v1/fleet/kiosks/KIOSK-T-1/heartbeat", "{\"sentAt\":\"2026-01-01T00:00:30Z\",\"devices\":[],"
                + "\"reportedConfigVersion\":1}").json().get("desiredConfigVersion").asInt()).isEqualTo(2);
        assertThat(t1.mutate("/api/v1/fleet/kiosks/KIOSK-T-1/config/reported", "{\"version\":2,\"config\":{\"a\":1}}")
                .json().get("inSync").asBoolean()).isTrue();
        assertThat(client.admin("GET", "/admin/kiosks", null).json().get("kiosks").toString()).contains("KIOSK-T-1");
    }

    @Test
    void malformedJsonIs400() {
        StubClient.Response r = client.query("/api/v1/residents/lookup", "{\"idNumber\": \"1101");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("MALFORMED_JSON");
        assertThat(r.json().get("message").get("en").asText()).isNotBlank();
    }

    @Test
    void wrongTypesAreInvalidFields() {
        StubClient.Response number = client.query("/api/v1/residents/lookup", "{\"idNumber\":330602198503151256,\"name\":\"张伟\"}");
        assertThat(number.code()).isEqualTo("INVALID_FIELD");
        assertThat(number.json().get("detail").asText()).contains("idNumber");
        StubClient.Response trips = client.query("/api/v1/exit-entry/endorsements/eligibility", "{\"residentId\":\"" + zhang
                + "\",\"permitId\":\"P-1\",\"destination\":\"HK\",\"type\":\"GROUP_TOURISM\",\"trips\":\"one\"}");
        assertThat(trips.code()).isEqualTo("INVALID_FIELD");
        StubClient.Response array = client.query("/api/v1/residents/lookup", "[1,2]");
        assertThat(array.code()).isEqualTo("INVALID_FIELD");
        StubClient.Response empty = client.query("/api/v1/residents/lookup", "");
        assertThat(empty.code()).isEqualTo("INVALID_FIELD");
        StubClient.Response missing = client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\"}");
        assertThat(missing.json().get("detail").asText()).contains("name");
    }

    @Test
    void unknownFieldsAreRefused() {
        StubClient.Response r = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang
                + "\",\"amountCents\":1,\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0001\"}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("UNKNOWN_FIELD");
        assertThat(r.json().get("detail").asText()).contains("amountCents");
    }

    @Test
    void oversizedBodiesAre413() {
        String big = "{\"idNumber\":\"330602198503151256\",\"name\":\"" + "张".repeat(3000) + "\"}";
        StubClient.Response r = client.query("/api/v1/residents/lookup", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("BODY_TOO_LARGE");
    }

    @Test
    void unknownRoutesAreJson404() {
        StubClient.Response r = client.get("/api/v1/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aRefusedOrderLeavesNothingHalfWritten() {
        StubClient.Response r = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang + "\",\"clientRef\":\"HALF\","
                + "\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0001\"},{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-MISSING\"}]}");
        assertThat(r.code()).isEqualTo("ITEM_NOT_FOUND");
        assertThat(client.admin("GET", "/admin/ledger?clientRef=HALF", null).json().get("entries")).isEmpty();
        StubClient.Response first = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang
                + "\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0001\"}]}");
        assertThat(first.status()).as("the first item was not left held by a half-written order").isEqualTo(201);
    }

    @Test
    void duplicateItemsAndEmptyOrdersAreInvalid() {
        assertThat(client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang + "\",\"items\":[]}").code())
                .isEqualTo("INVALID_FIELD");
        assertThat(client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang + "\",\"items\":["
                + "{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0002\"},{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0002\"}]}").code())
                .isEqualTo("INVALID_FIELD");
        assertThat(client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang + "\",\"items\":["
                + "{\"kind\":\"CASH\",\"reference\":\"V-DEMO-0002\"}]}").code()).isEqualTo("INVALID_FIELD");
    }
}
