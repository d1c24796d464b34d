package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import kiosk.stub.http.Refusal;
import kiosk.stub.seed.IdNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every business refusal, produced by the rule that owns it, using the fixed residents of the seed:
 * R-000001 张伟, R-000002 李娜, R-000003 王𫓧明, R-000004 刘䶮, R-000005 赵敏, R-000006 陈静.
 */
class RefusalsTest {

    static final String ZHANG = "R-000001";
    static final String LI = "R-000002";
    static final String WANG = "R-000003";
    static final String LIU = "R-000004";
    static final String ZHAO = "R-000005";
    static final String CHEN = "R-000006";
    /** Protocol-level codes tested in BadInputAndAuthTest, IdempotencyTest and FaultInjectionTest; fleet ones in FleetOperationsTest. */
    static final Set<Refusal> ELSEWHERE = EnumSet.of(Refusal.MALFORMED_JSON, Refusal.INVALID_FIELD, Refusal.UNKNOWN_FIELD,
            Refusal.BODY_TOO_LARGE, Refusal.IDEMPOTENCY_KEY_MISSING, Refusal.IDEMPOTENCY_KEY_REUSED, Refusal.IDEMPOTENCY_IN_FLIGHT,
            Refusal.UNAUTHORIZED, Refusal.KIOSK_MISMATCH, Refusal.ADMIN_UNAUTHORIZED, Refusal.NOT_FOUND, Refusal.INTERNAL_ERROR,
            Refusal.INJECTED_FAULT, Refusal.CONFIG_VERSION_CONFLICT, Refusal.KIOSK_ALREADY_EXISTS, Refusal.ROLLOUT_CONFLICT);
    static final Set<String> seen = ConcurrentHashMap.newKeySet();

    static BackendStub stub;
    static StubClient client;

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build());
        client = new StubClient(stub.baseUrl());
    }

    @BeforeEach
    void fresh() {
        client.admin("POST", "/admin/reset", null);
    }

    @AfterAll
    static void stop() {
        stub.close();
        Set<String> business = Arrays.stream(Refusal.values()).filter(r -> !ELSEWHERE.contains(r)).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        business.removeAll(seen);
        assertThat(business).as("business refusals no test produced").isEmpty();
    }

    static void refused(StubClient.Response r, Refusal expected) {
        assertThat(r.code()).as(r.body()).isEqualTo(expected.name());
        assertThat(r.status()).isEqualTo(expected.status());
        JsonNode message = r.json().get("message");
        assertThat(message.get("zh-CN").asText()).isNotBlank();
        assertThat(message.get("zh-TW").asText()).isNotBlank();
        assertThat(message.get("en").asText()).isNotBlank();
        assertThat(r.json().get("counterRequired").asBoolean()).isEqualTo(expected.counterRequired());
        seen.add(expected.name());
    }

    static StubClient.Response order(String resident, String kind, String reference) {
        return client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + resident + "\",\"items\":[{\"kind\":\"" + kind
                + "\",\"reference\":\"" + reference + "\"}]}");
    }

    static String endorsement(String resident, String permit, String destination, String type, int trips) {
        return "{\"residentId\":\"" + resident + "\",\"permitId\":\"" + permit + "\",\"destination\":\"" + destination
                + "\",\"type\":\"" + type + "\",\"trips\":" + trips + "}";
    }

    static String permitOf(String resident, String kind) {
        for (JsonNode p : client.query("/api/v1/exit-entry/permits/query", "{\"residentId\":\"" + resident + "\"}").json().get("permits")) {
            if (p.get("kind").asText().equals(kind)) {
                return p.get("permitId").asText();
            }
        }
        throw new AssertionError("no " + kind + " permit");
    }

    @Test
    void residents() {
        refused(client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151257\",\"name\":\"张伟\"}"), Refusal.INVALID_ID_NUMBER);
        refused(client.query("/api/v1/residents/lookup", "{\"idNumber\":\"" + IdNumbers.build("330602", LocalDate.of(1999, 9, 9), 1)
                + "\",\"name\":\"张伟\"}"), Refusal.RESIDENT_NOT_FOUND);
        assertThat(client.query("/api/v1/residents/lookup", "{\"idNumber\":\"" + IdNumbers.build("330681", LocalDate.of(1990, 1, 1), 124)
                + "\",\"name\":\"赵敏\"}").json().get("residentId").asText()).isEqualTo(ZHAO);
    }

    @Test
    void trafficQueries() {
        refused(client.query("/api/v1/traffic/violations/query", "{\"plate\":\"浙D12345\",\"engineTail\":\"000000\"}"), Refusal.VEHICLE_NOT_FOUND);
        refused(client.query("/api/v1/traffic/violations/query", "{\"plate\":\"浙Z99999\",\"engineTail\":\"123456\"}"), Refusal.VEHICLE_NOT_FOUND);
        refused(client.query("/api/v1/traffic/licence/query", "{\"residentId\":\"" + LIU + "\"}"), Refusal.LICENCE_NOT_FOUND);
        refused(client.query("/api/v1/traffic/violations/query", "{\"licenceNumber\":\"330603200802290017\"}"), Refusal.LICENCE_NOT_FOUND);
    }

    @Test
    void licenceRenewal() {
        String path = "/api/v1/traffic/licence/renewals";
        refused(client.mutate(path, "{\"residentId\":\"" + ZHANG + "\",\"healthCheckRef\":\"H1\"}"), Refusal.UNPAID_VIOLATIONS);
        refused(client.mutate(path, "{\"residentId\":\"" + WANG + "\",\"healthCheckRef\":\"H1\"}"), Refusal.LICENCE_EXPIRED);
        refused(client.mutate(path, "{\"residentId\":\"" + ZHAO + "\",\"healthCheckRef\":\"H1\"}"), Refusal.LICENCE_POINTS_FULL);
        refused(client.mutate(path, "{\"residentId\":\"" + CHEN + "\",\"healthCheckRef\":\"H1\"}"), Refusal.LICENCE_RENEWAL_WINDOW_NOT_OPEN);
        refused(client.mutate(path, "{\"residentId\":\"" + CHEN + "\"}"), Refusal.HEALTH_CHECK_REQUIRED);
        refused(client.mutate(path, "{\"residentId\":\"" + LIU + "\",\"healthCheckRef\":\"H1\"}"), Refusal.LICENCE_NOT_FOUND);
        JsonNode licence = client.query("/api/v1/traffic/licence/query", "{\"residentId\":\"" + ZHANG + "\"}").json();
        assertThat(licence.get("renewableNow").asBoolean()).isTrue();
        assertThat(licence.get("licenceNumberMasked").asText()).doesNotContain("198503");

        String orderId = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + ZHANG + "\",\"items\":["
                + "{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0001\"},{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0002\"}]}")
                .json().get("orderId").asText();
        assertThat(client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "").status()).isEqualTo(200);
        refused(client.mutate(path, "{\"residentId\":\"" + ZHANG + "\",\"healthCheckRef\":\"H1\"}"), Refusal.HEALTH_CHECK_NOT_FOUND);
        refused(client.mutate(path, "{\"residentId\":\"" + ZHANG + "\",\"healthCheckRef\":\"TJ-SX-000376\"}"),
                Refusal.HEALTH_CHECK_NOT_FOUND);
        refused(client.mutate(path, "{\"residentId\":\"R-000008\",\"healthCheckRef\":\"TJ-SX-000375\"}"), Refusal.HEALTH_CHECK_EXPIRED);
        JsonNode app = client.mutate(path, "{\"residentId\":\"" + ZHANG + "\",\"healthCheckRef\":\"TJ-SX-000125\"}").json();
        assertThat(app.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(app.get("feeCents").asLong()).isEqualTo(1000);
        refused(client.mutate(path, "{\"residentId\":\"" + ZHANG + "\",\"healthCheckRef\":\"TJ-SX-000125\"}"),
                Refusal.APPLICATION_ALREADY_OPEN);
    }

    @Test
    void inspectionMarks() {
        String path = "/api/v1/traffic/inspection-marks";
        refused(client.mutate(path, "{\"residentId\":\"" + LI + "\",\"plate\":\"浙D12345\"}"), Refusal.VEHICLE_NOT_OWNED);
        refused(client.mutate(path, "{\"residentId\":\"" + WANG + "\",\"plate\":\"浙B8F123\"}"), Refusal.INSPECTION_OVERDUE);
        refused(client.mutate(path, "{\"residentId\":\"" + ZHANG + "\",\"plate\":\"浙D12345\"}"), Refusal.UNPAID_VIOLATIONS);
        refused(client.mutate(path, "{\"residentId\":\"" + ZHANG + "\",\"plate\":\"浙Z00000\"}"), Refusal.VEHICLE_NOT_FOUND);
        assertThat(client.mutate(path, "{\"residentId\":\"" + LI + "\",\"plate\":\"浙A66K88\"}").status()).isEqualTo(201);
    }

    @Test
    void paymentItems() {
        refused(order(ZHANG, "TRAFFIC_FINE", "V-NOPE"), Refusal.ITEM_NOT_FOUND);
        refused(order(ZHANG, "TRAFFIC_FINE", "V-DEMO-0003"), Refusal.ITEM_NOT_PAYABLE);
        refused(order(ZHAO, "TRAFFIC_FINE", "V-DEMO-0006"), Refusal.VIOLATION_NEEDS_COUNTER);
        assertThat(order(ZHANG, "TRAFFIC_FINE", "V-DEMO-0001").status()).isEqualTo(201);
        refused(order(ZHANG, "TRAFFIC_FINE", "V-DEMO-0001"), Refusal.ITEM_IN_PENDING_ORDER);
        refused(order("R-999999", "TRAFFIC_FINE", "V-DEMO-0002"), Refusal.RESIDENT_NOT_FOUND);
        String tempId = client.mutate("/api/v1/household/temporary-id", "{\"residentId\":\"" + LIU + "\"}").json().get("applicationId").asText();
        refused(order(ZHANG, "APPLICATION_FEE", tempId), Refusal.ITEM_NOT_OWNED);
        String seededFree = client.query("/api/v1/applications/query", "{\"residentId\":\"" + ZHANG + "\"}").json()
                .at("/applications/0/applicationId").asText();
        refused(order(ZHANG, "APPLICATION_FEE", seededFree), Refusal.ITEM_NOT_PAYABLE);
        assertThat(order(LIU, "APPLICATION_FEE", tempId).json().get("amountCents").asLong()).isEqualTo(1000);
    }

    @Test
    void applicationWithdrawals() {
        refused(withdraw("A-NOPE", LIU), Refusal.APPLICATION_NOT_FOUND);
        String tempId = client.mutate("/api/v1/household/temporary-id", "{\"residentId\":\"" + LIU + "\"}").json()
                .get("applicationId").asText();
        refused(withdraw(tempId, ZHANG), Refusal.APPLICATION_NOT_FOUND);
        String orderId = order(LIU, "APPLICATION_FEE", tempId).json().get("orderId").asText();
        client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "");
        refused(withdraw(tempId, LIU), Refusal.APPLICATION_NOT_WITHDRAWABLE);
    }

    static StubClient.Response withdraw(String applicationId, String resident) {
        return client.mutate("/api/v1/applications/" + applicationId + "/withdraw", "{\"residentId\":\"" + resident + "\"}");
    }

    @Test
    void ordersAndReceipts() {
        refused(client.get("/api/v1/payments/orders/O-NOPE"), Refusal.ORDER_NOT_FOUND);
        refused(client.mutate("/api/v1/payments/orders/O-NOPE/pay", ""), Refusal.ORDER_NOT_FOUND);
        String orderId = order(ZHANG, "TRAFFIC_FINE", "V-DEMO-0001").json().get("orderId").asText();
        refused(client.mutate("/api/v1/payments/orders/" + orderId + "/refund", "{\"reason\":\"r\"}"), Refusal.ORDER_NOT_PAID);
        String receipt = "{\"orderId\":\"" + orderId + "\",\"residentId\":\"" + ZHANG + "\"}";
        refused(client.mutate("/api/v1/receipts", receipt), Refusal.ORDER_NOT_PAID);
        client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "");
        refused(client.mutate("/api/v1/payments/orders/" + orderId + "/pay", ""), Refusal.ORDER_NOT_PENDING);
        refused(client.mutate("/api/v1/receipts", "{\"orderId\":\"" + orderId + "\",\"residentId\":\"" + LI + "\"}"), Refusal.ORDER_RESIDENT_MISMATCH);
        refused(client.mutate("/api/v1/receipts", "{\"orderId\":\"O-NOPE\",\"residentId\":\"" + ZHANG + "\"}"), Refusal.ORDER_NOT_FOUND);
        // ORDER_EXPIRED needs the clock: IdempotencyTest.pendingOrdersExpireAndReleaseTheirItems.
        seen.add(Refusal.ORDER_EXPIRED.name());
    }

    @Test
    void identityAndPaymentCodes() {
        refused(client.mutate("/api/v1/household/temporary-id", "{\"residentId\":\"R-000007\"}"), Refusal.DOCUMENT_NOT_ACCEPTED);
        refused(client.query("/api/v1/identity/qr", "{\"payload\":\"https://example.com/x\"}"), Refusal.IDENTITY_CODE_MALFORMED);
        String code = client.admin("POST", "/admin/identity-codes", "{\"residentId\":\"" + ZHANG + "\"}").json().get("payload").asText();
        String forged = code.substring(0, code.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
        refused(client.query("/api/v1/identity/qr", "{\"payload\":\"" + forged + "\"}"), Refusal.IDENTITY_CODE_UNKNOWN);
        String old = client.admin("POST", "/admin/identity-codes", "{\"residentId\":\"" + ZHANG + "\",\"issuedAt\":\""
                + java.time.Instant.now().minusSeconds(600) + "\"}").json().get("payload").asText();
        refused(client.query("/api/v1/identity/qr", "{\"payload\":\"" + old + "\"}"), Refusal.IDENTITY_CODE_EXPIRED);
        String orderId = order(ZHANG, "TRAFFIC_FINE", "V-DEMO-0001").json().get("orderId").asText();
        String path = "/api/v1/payments/orders/" + orderId + "/pay-by-code";
        refused(client.mutate(path, "{\"code\":\"9912345678901234567\"}"), Refusal.PAYMENT_CODE_MALFORMED);
        refused(client.mutate(path, "{\"code\":\"STUBPAY-EXPIRED\"}"), Refusal.PAYMENT_CODE_EXPIRED);
        refused(client.mutate("/api/v1/payments/orders/O-NOPE/pay-by-code", "{\"code\":\"STUBPAY-1\"}"), Refusal.ORDER_NOT_FOUND);
    }

    @Test
    void residencePermits() {
        String path = "/api/v1/household/residence-permits/applications";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        refused(client.mutate(path, "{\"residentId\":\"" + ZHANG + "\",\"kind\":\"NEW\",\"residenceSince\":\"2020-01-01\"}"),
                Refusal.LOCAL_HUKOU_NO_RESIDENCE_PERMIT);
        refused(client.mutate(path, "{\"residentId\":\"" + CHEN + "\",\"kind\":\"NEW\",\"residenceSince\":\"" + today.minusMonths(2) + "\"}"),
                Refusal.RESIDENCE_TOO_SHORT);
        refused(client.mutate(path, "{\"residentId\":\"" + LI + "\",\"kind\":\"NEW\",\"residenceSince\":\"2020-01-01\"}"),
                Refusal.RESIDENCE_PERMIT_STILL_VALID);
        refused(client.mutate(path, "{\"residentId\":\"" + CHEN + "\",\"kind\":\"RENEWAL\"}"), Refusal.NO_RESIDENCE_PERMIT);
        refused(client.mutate(path, "{\"residentId\":\"" + WANG + "\",\"kind\":\"RENEWAL\"}"), Refusal.RESIDENCE_RENEWAL_TOO_EARLY);
        String ok = "{\"residentId\":\"" + CHEN + "\",\"kind\":\"NEW\",\"residenceSince\":\"" + today.minusMonths(7) + "\"}";
        assertThat(client.mutate(path, ok).json().get("status").asText()).isEqualTo("SUBMITTED");
        refused(client.mutate(path, ok), Refusal.APPLICATION_ALREADY_OPEN);
        JsonNode renewed = client.mutate(path, "{\"residentId\":\"" + LI + "\",\"kind\":\"RENEWAL\"}").json();
        assertThat(renewed.get("status").asText()).isEqualTo("APPROVED");
        assertThat(LocalDate.parse(renewed.at("/details/validUntil").asText())).isAfter(today.plusDays(300));
    }

    @Test
    void householdCertificatesAndTemporaryId() {
        refused(client.mutate("/api/v1/household/certificates", "{\"residentId\":\"" + LI + "\",\"purpose\":\"EMPLOYMENT\"}"), Refusal.NO_LOCAL_HUKOU);
        assertThat(client.mutate("/api/v1/household/certificates", "{\"residentId\":\"" + ZHANG + "\",\"purpose\":\"EDUCATION\"}")
                .json().get("verificationCode").asText()).hasSize(8);
        refused(client.mutate("/api/v1/household/temporary-id", "{\"residentId\":\"" + ZHANG + "\"}"), Refusal.NO_ID_APPLICATION_IN_PROGRESS);
        assertThat(client.mutate("/api/v1/household/temporary-id", "{\"residentId\":\"" + LIU + "\"}").status()).isEqualTo(201);
        refused(client.mutate("/api/v1/household/temporary-id", "{\"residentId\":\"" + LIU + "\"}"), Refusal.TEMP_ID_ALREADY_ISSUED);
        assertThat(client.query("/api/v1/household/id-card/progress", "{\"residentId\":\"" + LIU + "\"}").json()
                .at("/applications/0/status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void endorsements() {
        String path = "/api/v1/exit-entry/endorsements";
        String zhangHk = permitOf(ZHANG, "HK_MACAO");
        refused(client.mutate(path, endorsement(ZHANG, "P-NOPE", "HK", "INDIVIDUAL_TOURISM", 1)), Refusal.PERMIT_NOT_FOUND);
        refused(client.mutate(path, endorsement(ZHANG, permitOf(LI, "HK_MACAO"), "HK", "INDIVIDUAL_TOURISM", 1)), Refusal.PERMIT_NOT_FOUND);
        refused(client.mutate(path, endorsement(ZHANG, zhangHk, "TW", "GROUP_TOURISM", 1)), Refusal.DESTINATION_NOT_COVERED);
        refused(client.mutate(path, endorsement(CHEN, permitOf(CHEN, "TAIWAN"), "TW", "GROUP_TOURISM", 1)), Refusal.PERMIT_EXPIRED);
        refused(client.mutate(path, endorsement(CHEN, permitOf(CHEN, "HK_MACAO"), "HK", "GROUP_TOURISM", 1)), Refusal.PERMIT_VALIDITY_TOO_SHORT);
        refused(client.mutate(path, endorsement(WANG, permitOf(WANG, "TAIWAN"), "TW", "GROUP_TOURISM", 1)), Refusal.COUNTER_STATE_EMPLOYEE);
        refused(client.mutate(path, endorsement(ZHANG, zhangHk, "HK", "VISIT_RELATIVES", 1)), Refusal.COUNTER_DOCUMENTS_REQUIRED);
        refused(client.mutate(path, endorsement(LI, permitOf(LI, "HK_MACAO"), "MO", "INDIVIDUAL_TOURISM", 1)), Refusal.COUNTER_NON_LOCAL_HUKOU);
        refused(client.mutate(path, endorsement(LIU, permitOf(LIU, "TAIWAN"), "TW", "INDIVIDUAL_TOURISM", 1)), Refusal.ENDORSEMENT_TYPE_NOT_OFFERED);
        refused(client.mutate(path, endorsement(LIU, permitOf(LIU, "TAIWAN"), "TW", "GROUP_TOURISM", 2)), Refusal.TRIPS_NOT_OFFERED);
        refused(client.mutate(path, endorsement(ZHAO, permitOf(ZHAO, "HK_MACAO"), "HK", "INDIVIDUAL_TOURISM", 1)), Refusal.ENDORSEMENT_STILL_VALID);

        JsonNode eligible = client.query(path + "/eligibility", endorsement(ZHANG, zhangHk, "HK", "INDIVIDUAL_TOURISM", 2)).json();
        assertThat(eligible.get("eligible").asBoolean()).isTrue();
        assertThat(eligible.get("feeCents").asLong()).isEqualTo(3000);
        JsonNode counter = client.query(path + "/eligibility", endorsement(ZHANG, zhangHk, "HK", "BUSINESS", 1)).json();
        assertThat(counter.get("eligible").asBoolean()).isFalse();
        assertThat(counter.at("/refusal/code").asText()).isEqualTo("COUNTER_DOCUMENTS_REQUIRED");
        assertThat(counter.at("/refusal/counterRequired").asBoolean()).isTrue();

        JsonNode app = client.mutate(path, endorsement(ZHANG, zhangHk, "HK", "INDIVIDUAL_TOURISM", 2)).json();
        assertThat(app.get("feeCents").asLong()).isEqualTo(3000);
        refused(client.mutate(path, endorsement(ZHANG, zhangHk, "HK", "INDIVIDUAL_TOURISM", 1)), Refusal.APPLICATION_ALREADY_OPEN);
        String orderId = order(ZHANG, "APPLICATION_FEE", app.get("applicationId").asText()).json().get("orderId").asText();
        client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "");
        assertThat(client.get("/api/v1/applications/" + app.get("applicationId").asText()).json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(client.query("/api/v1/exit-entry/collections/query", "{\"residentId\":\"" + LI + "\"}").json()
                .at("/documents/0/collectionStatus").asText()).isEqualTo("READY");
    }

    @Test
    void everyRefusalHasThreeLanguagesAndIsInTheApiPage() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "backend-api.md"), StandardCharsets.UTF_8);
        for (Refusal r : Refusal.values()) {
            assertThat(r.message().values()).hasSize(3).allSatisfy(m -> assertThat(m).isNotBlank());
            assertThat(page).as("docs/backend-api.md lists %s", r).contains(r.name());
        }
    }
}
