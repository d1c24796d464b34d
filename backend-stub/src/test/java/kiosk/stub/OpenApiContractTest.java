package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document against the server: it parses as OpenAPI 3, lists exactly the routes the
 * server registers, and every route's real responses (successes and refusals) match the documented schemas.
 */
class OpenApiContractTest {

    static BackendStub stub;
    static StubClient client;
    static OpenApiContract contract;
    static final Set<String> covered = new TreeSet<>();

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(10).build());
        client = new StubClient(stub.baseUrl());
        contract = new OpenApiContract(client.get("/openapi.json").json());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void documentIsValidOpenApi3() {
        String document = client.get("/openapi.json").body();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, null);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
        Set<String> served = stub.routes().stream()
                .map(r -> r.method().name() + " " + r.openApiPath()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).isEqualTo(new TreeSet<>(contract.operationKeys()));
    }

    @Test
    void validatorCatchesUndocumentedShapes() throws Exception {
        OpenApiContract.Operation health = contract.find("GET", "/api/v1/health").orElseThrow();
        assertThat(contract.validate(health, 200, StubClient.JSON.readTree(
                "{\"status\":\"UP\",\"service\":\"s\",\"version\":\"1\",\"time\":\"2026-01-01T00:00:00Z\"}"))).isEmpty();
        assertThat(contract.validate(health, 200, StubClient.JSON.readTree(
                "{\"status\":\"UP\",\"service\":\"s\",\"version\":\"1\",\"time\":\"2026-01-01T00:00:00Z\",\"extra\":1}"))).isNotEmpty();
        assertThat(contract.validate(health, 200, StubClient.JSON.readTree("{\"status\":\"DOWN\"}"))).isNotEmpty();
        assertThat(contract.validate(health, 500, StubClient.JSON.readTree("{\"code\":\"X\"}"))).isNotEmpty();
    }

    @Test
    void everyOperationAnswersAsDocumented() {
        check("GET", "/api/v1/health", client.send(HttpRequest.newBuilder(stub.baseUrl().resolve("/api/v1/health"))));
        check("GET", "/openapi.json", client.get("/openapi.json"));

        String zhang = post("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}").json().get("residentId").asText();
        String li = post("/api/v1/residents/lookup", "{\"idNumber\":\"330106199207082463\",\"name\":\"李娜\"}").json().get("residentId").asText();
        String liu = post("/api/v1/residents/lookup", "{\"idNumber\":\"330603200802290017\",\"name\":\"刘䶮\"}").json().get("residentId").asText();
        post("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"无名\"}");
        post("/api/v1/residents/lookup", "{\"idNumber\":\"DEU336408120012\",\"name\":\"穆斯特曼\",\"documentType\":\"FOREIGN_PERMANENT\"}");
        post("/api/v1/residents/lookup", "{\"idNumber\":\"810000198806120376\",\"name\":\"陈家豪\",\"documentType\":\"HMT_RESIDENCE\"}");
        String code = admin("POST", "/admin/identity-codes", "{\"residentId\":\"" + zhang + "\"}").json().get("payload").asText();
        post("/api/v1/identity/qr", "{\"payload\":\"" + code + "\"}");
        post("/api/v1/identity/qr", "{\"payload\":\"not an e-ID\"}");
        post("/api/v1/residents/lookup", "{\"documentType\":\"E_ID\",\"payload\":\"" + code + "\"}");

        JsonNode fines = post("/api/v1/traffic/violations/query", "{\"residentId\":\"" + zhang + "\"}").json();
        post("/api/v1/traffic/violations/query", "{\"plate\":\"浙D12345\",\"engineTail\":\"123456\"}");
        post("/api/v1/traffic/violations/query", "{\"licenceNumber\":\"330602198503151256\"}");
        post("/api/v1/traffic/vehicles/query", "{\"residentId\":\"" + zhang + "\"}");
        post("/api/v1/traffic/licence/query", "{\"residentId\":\"" + zhang + "\"}");
        post("/api/v1/traffic/health-checks/query", "{\"residentId\":\"" + zhang + "\"}");
        String renewal = "{\"residentId\":\"" + zhang + "\",\"healthCheckRef\":\"TJ-SX-000125\",\"clientRef\":\"C-1\"}";
        assertThat(mutate("/api/v1/traffic/licence/renewals", renewal).code()).isEqualTo("UNPAID_VIOLATIONS");

        StringBuilder items = new StringBuilder();
        for (JsonNode v : fines.get("violations")) {
            if (v.get("payable").asBoolean()) {
                items.append(items.length() == 0 ? "" : ",").append("{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"")
                        .append(v.get("violationId").asText()).append("\"}");
            }
        }
        String orderId = mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang + "\",\"clientRef\":\"C-1\",\"items\":[" + items + "]}")
                .json().get("orderId").asText();
        check("GET", "/api/v1/payments/orders/" + orderId, client.get("/api/v1/payments/orders/" + orderId));
        mutate("/api/v1/payments/orders/" + orderId + "/pay", "{\"method\":\"ALIPAY\"}");
        mutate("/api/v1/receipts", "{\"orderId\":\"" + orderId + "\",\"residentId\":\"" + zhang + "\",\"clientRef\":\"C-1\"}");
        post("/api/v1/receipts/query", "{\"residentId\":\"" + zhang + "\"}");

        String applicationId = mutate("/api/v1/traffic/licence/renewals", renewal).json().get("applicationId").asText();
        check("GET", "/api/v1/applications/" + applicationId, client.get("/api/v1/applications/" + applicationId));
        String feeOrder = mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang
                + "\",\"items\":[{\"kind\":\"APPLICATION_FEE\",\"reference\":\"" + applicationId + "\"}]}").json().get("orderId").asText();
        assertThat(mutate("/api/v1/payments/orders/" + feeOrder + "/pay-by-code", "{\"code\":\"12345\"}").code())
                .isEqualTo("PAYMENT_CODE_MALFORMED");
        mutate("/api/v1/payments/orders/" + feeOrder + "/pay-by-code", "{\"code\":\"134567890123456789\"}");
        check("GET", "/api/v1/verify/" + feeOrder, client.get("/api/v1/verify/" + feeOrder));
        check("GET", "/api/v1/verify/" + applicationId, client.get("/api/v1/verify/" + applicationId));
        check("GET", "/api/v1/verify/RC-NONE", client.get("/api/v1/verify/RC-NONE"));
        StubClient.Response page = client.get("/verify/" + feeOrder + "?lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(contract.find("GET", "/verify/" + feeOrder)).isPresent();
        covered.add("GET /verify/{ref}");
        mutate("/api/v1/payments/orders/" + feeOrder + "/refund", "{\"reason\":\"resident changed their mind\"}");
        mutate("/api/v1/payments/orders/" + feeOrder + "/cancel", ""); // answered as it stands: REFUNDED
        mutate("/api/v1/traffic/inspection-marks", "{\"residentId\":\"" + zhang + "\",\"plate\":\"浙D12345\"}");

        mutate("/api/v1/household/residence-permits/applications", "{\"residentId\":\"" + li + "\",\"kind\":\"RENEWAL\"}");
        String certificate = mutate("/api/v1/household/certificates", "{\"residentId\":\"" + zhang + "\",\"purpose\":\"EMPLOYMENT\"}")
                .json().get("certificateId").asText();
        check("GET", "/api/v1/verify/" + certificate + "?code=WRONG", client.get("/api/v1/verify/" + certificate + "?code=WRONG"));
        String tempId = mutate("/api/v1/household/temporary-id", "{\"residentId\":\"" + liu + "\"}").json().get("applicationId").asText();
        String withdrawal = "{\"residentId\":\"" + liu + "\",\"clientRef\":\"C-2\"}";
        assertThat(mutate("/api/v1/applications/" + tempId + "/withdraw", withdrawal).json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(mutate("/api/v1/applications/A-NONE/withdraw", withdrawal).code()).isEqualTo("APPLICATION_NOT_FOUND");
        // Refunded, hence cancelled already: answered as it stands.
        assertThat(mutate("/api/v1/applications/" + applicationId + "/withdraw", "{\"residentId\":\"" + zhang + "\"}")
                .json().get("status").asText()).isEqualTo("CANCELLED");
        post("/api/v1/household/id-card/progress", "{\"residentId\":\"" + liu + "\"}");

        JsonNode permits = post("/api/v1/exit-entry/permits/query", "{\"residentId\":\"" + zhang + "\"}").json();
        String permitId = permits.get("permits").get(0).get("permitId").asText();
        String endorsement = "{\"residentId\":\"" + zhang + "\",\"permitId\":\"" + permitId
                + "\",\"destination\":\"HK\",\"type\":\"INDIVIDUAL_TOURISM\",\"trips\":2}";
        assertThat(post("/api/v1/exit-entry/endorsements/eligibility", endorsement).json().get("eligible").asBoolean()).isTrue();
        post("/api/v1/exit-entry/endorsements/eligibility", endorsement.replace("INDIVIDUAL_TOURISM", "BUSINESS"));
        mutate("/api/v1/exit-entry/endorsements", endorsement);
        post("/api/v1/exit-entry/collections/query", "{\"residentId\":\"" + li + "\"}");
        post("/api/v1/applications/query", "{\"residentId\":\"" + zhang + "\",\"domain\":\"TRAFFIC\"}");
        assertThat(post("/api/v1/eligibility", "{\"residentId\":\"" + li + "\",\"service\":\"RESIDENCE_PERMIT_RENEWAL\"}")
                .json().get("eligible").asBoolean()).isFalse();
        assertThat(post("/api/v1/eligibility", "{\"residentId\":\"R-000003\",\"service\":\"ENDORSEMENT\",\"destination\":\"TW\"}")
                .json().has("counter")).isTrue();
        post("/api/v1/eligibility", "{\"residentId\":\"" + zhang + "\",\"service\":\"HOUSEHOLD_CERTIFICATE\"}");
        check("GET", "/api/v1/stations", client.get("/api/v1/stations"));

        String fleet = "/api/v1/fleet/kiosks/KIOSK-DEMO-001";
        mutate(fleet + "/registration", "{\"model\":\"K-100\",\"softwareVersion\":\"0.1.0\",\"devices\":[\"printer\"]}");
        mutate(fleet + "/heartbeat", "{\"sentAt\":\"2026-01-01T00:00:00Z\",\"devices\":[{\"device\":\"printer\",\"state\":\"ONLINE\","
                + "\"detail\":{\"paper\":\"LOW\"}}],\"counters\":{\"sessions\":3},\"reportedConfigVersion\":1}");
        check("GET", fleet + "/config", client.get(fleet + "/config"));
        mutate(fleet + "/config/reported", "{\"version\":1,\"config\":{\"idleTimeoutSeconds\":60}}");
        mutate(fleet + "/staff-actions", "{\"sequence\":1,\"at\":\"2026-01-01T00:00:00Z\",\"staffId\":\"S-0001\","
                + "\"action\":\"PAPER_REFILLED\",\"subject\":\"receipt-printer\",\"detail\":\"\"}");
        check("GET", fleet + "/staff-actions", client.get(fleet + "/staff-actions"));
        check("GET", "/api/v1/fleet/kiosks/KIOSK-DEMO-002/config", client.get("/api/v1/fleet/kiosks/KIOSK-DEMO-002/config"));
        String paperOut = "{\"eventId\":\"E-1\",\"kind\":\"PAPER_OUT\",\"action\":\"RAISED\",\"device\":\"receipt-printer\","
                + "\"occurredAt\":\"2026-01-01T00:00:01Z\"}";
        assertThat(post(fleet + "/events", paperOut).json().get("duplicate").asBoolean()).isFalse();
        assertThat(post(fleet + "/events", paperOut).json().get("duplicate").asBoolean()).isTrue();
        assertThat(admin("GET", "/admin/fleet", null).body()).contains("PAPER_OUT");
        long rollout = admin("POST", "/admin/rollouts", "{\"config\":{\"idleTimeoutSeconds\":75},"
                + "\"kioskIds\":[\"KIOSK-DEMO-002\",\"KIOSK-DEMO-003\"],\"waves\":[50,100]}").json().get("rolloutId").asLong();
        admin("GET", "/admin/rollouts", null);
        admin("POST", "/admin/rollouts/" + rollout + "/pause", null);
        admin("POST", "/admin/rollouts/" + rollout + "/resume", null);
        admin("POST", "/admin/rollouts/" + rollout + "/rollback", "{\"reason\":\"contract test\"}");
        assertThat(admin("POST", "/admin/rollouts/" + rollout + "/pause", null).code()).isEqualTo("ROLLOUT_CONFLICT");

        admin("GET", "/admin/ledger?kind=ORDER_PAID", null);
        admin("PUT", "/admin/faults", "{\"seed\":1,\"rules\":[{\"path\":\"/api/v1/never/**\",\"errorRate\":0.5}]}");
        admin("GET", "/admin/faults", null);
        admin("GET", "/admin/kiosks", null);
        admin("POST", "/admin/kiosks", "{\"kioskId\":\"KIOSK-NEW-9\",\"apiKey\":\"new-key-0009\",\"location\":\"test\"}");
        admin("PUT", "/admin/kiosks/KIOSK-NEW-9/config", "{\"expectedVersion\":1,\"config\":{\"idleTimeoutSeconds\":90}}");
        admin("PUT", "/admin/kiosks/KIOSK-NEW-9/config", "{\"expectedVersion\":1,\"config\":{\"idleTimeoutSeconds\":91}}");
        admin("PUT", "/admin/faults", "{}");
        admin("POST", "/admin/reset", "{\"seed\":42}");

        assertThat(covered).as("operations answered with a documented success").isEqualTo(new TreeSet<>(contract.operationKeys()));
    }

    private StubClient.Response post(String path, String json) {
        checkRequest("POST", path, json);
        return check("POST", path, client.query(path, json));
    }

    private StubClient.Response mutate(String path, String json) {
        checkRequest("POST", path, json);
        return check("POST", path, client.mutate(path, json, UUID.randomUUID().toString()));
    }

    private StubClient.Response admin(String method, String path, String json) {
        checkRequest(method, path, json);
        return check(method, path, client.admin(method, path, json));
    }

    /** The requests this test sends are valid by the document too (it documents what the server accepts). */
    private static void checkRequest(String method, String path, String json) {
        if (json == null || json.isEmpty()) {
            return;
        }
        OpenApiContract.Operation op = contract.find(method, path).orElseThrow(() -> new AssertionError("undocumented: " + path));
        try {
            assertThat(contract.validateRequest(op, StubClient.JSON.readTree(json))).as("request %s %s", method, path).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static StubClient.Response check(String method, String path, StubClient.Response response) {
        OpenApiContract.Operation op = contract.find(method, path)
                .orElseThrow(() -> new AssertionError("undocumented: " + method + " " + path));
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(contract.validate(op, response.status(), response.json()))
                .as("%s %s -> %s %s", method, path, response.status(), response.body()).isEmpty();
        if (response.status() < 400) {
            covered.add(op.key());
        }
        return response;
    }
}
