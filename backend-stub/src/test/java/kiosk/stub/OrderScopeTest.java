package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders, receipts and refunds belong to the kiosk that made the order (reprints: to its station),
 * tried with the seeded keys of several kiosks; a failed effect is never stored as a key's answer;
 * faults come after authentication; a cancel racing a payment ends paid or cancelled, never both.
 */
class OrderScopeTest {

    static BackendStub stub;
    static StubClient kiosk1;
    static StubClient kiosk2;
    static StubClient sameHall;
    String zhang;

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build());
        kiosk1 = new StubClient(stub.baseUrl());
        kiosk2 = kiosk1.as("KIOSK-DEMO-002", "demo-key-002");
        sameHall = kiosk1.as("KIOSK-DEMO-004", "demo-key-004");
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        kiosk1.admin("PUT", "/admin/faults", "{}");
        kiosk1.admin("POST", "/admin/reset", null);
        zhang = kiosk1.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}")
                .json().get("residentId").asText();
    }

    private List<String> payableFines() {
        List<String> fines = new ArrayList<>();
        for (JsonNode v : kiosk1.query("/api/v1/traffic/violations/query", "{\"residentId\":\"" + zhang + "\"}")
                .json().get("violations")) {
            if (v.get("payable").asBoolean()) {
                fines.add(v.get("violationId").asText());
            }
        }
        return fines;
    }

    private String order(StubClient kiosk, String fine) {
        StubClient.Response created = kiosk.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + zhang
                + "\",\"clientRef\":\"C-" + fine + "\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"" + fine + "\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("orderId").asText();
    }

    @Test
    void anotherKioskCannotReadPayRefundOrCancelAnOrder() {
        String orderId = order(kiosk1, payableFines().get(0));
        String path = "/api/v1/payments/orders/" + orderId;
        assertThat(kiosk2.get(path).code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(kiosk2.mutate(path + "/pay", "").code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(kiosk2.mutate(path + "/cancel", "").code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(kiosk1.get(path).json().get("status").asText()).isEqualTo("PENDING");

        assertThat(kiosk1.mutate(path + "/pay", "").status()).isEqualTo(200);
        StubClient.Response stolen = kiosk2.mutate(path + "/refund", "{\"reason\":\"theft\"}");
        assertThat(stolen.status()).isEqualTo(404);
        assertThat(stolen.code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(kiosk1.get(path).json().get("status").asText()).isEqualTo("PAID");
        // Even a kiosk of the same hall may not move another kiosk's money.
        assertThat(sameHall.mutate(path + "/refund", "{\"reason\":\"x\"}").code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(kiosk1.mutate(path + "/refund", "{\"reason\":\"resident asked\"}").status()).isEqualTo(200);
    }

    @Test
    void receiptsAreRecordedAndListedWithinTheStationOnly() {
        String orderId = order(kiosk1, payableFines().get(0));
        kiosk1.mutate("/api/v1/payments/orders/" + orderId + "/pay", "");
        String receipt = "{\"orderId\":\"" + orderId + "\",\"residentId\":\"" + zhang + "\",\"clientRef\":\"C-R\"}";

        assertThat(kiosk2.mutate("/api/v1/receipts", receipt).code()).isEqualTo("ORDER_NOT_FOUND");
        JsonNode elsewhere = kiosk2.query("/api/v1/receipts/query", "{\"residentId\":\"" + zhang + "\"}").json();
        assertThat(elsewhere.get("paidOrders")).isEmpty();

        JsonNode hall = sameHall.query("/api/v1/receipts/query", "{\"residentId\":\"" + zhang + "\"}").json();
        assertThat(hall.get("paidOrders")).hasSize(1);
        assertThat(hall.get("paidOrders").get(0).get("kioskId").asText()).isEqualTo("KIOSK-DEMO-001");
        assertThat(hall.get("paidOrders").get(0).get("receiptCount").asInt()).isZero();
        StubClient.Response reprint = sameHall.mutate("/api/v1/receipts", receipt);
        assertThat(reprint.status()).as(reprint.body()).isEqualTo(201);
        assertThat(reprint.json().get("kioskId").asText()).isEqualTo("KIOSK-DEMO-004");
        assertThat(kiosk1.query("/api/v1/receipts/query", "{\"residentId\":\"" + zhang + "\"}").json()
                .get("paidOrders").get(0).get("receiptCount").asInt()).isEqualTo(1);
    }

    @Test
    void aFailedEffectIsNotTheKeysAnswer() {
        String fine = payableFines().get(0);
        kiosk1.admin("PUT", "/admin/faults", "{\"rules\":[{\"path\":\"/api/v1/payments/orders\",\"methods\":[\"POST\"],"
                + "\"crashRate\":1.0,\"limit\":1}]}");
        String key = UUID.randomUUID().toString();
        String body = "{\"residentId\":\"" + zhang + "\",\"clientRef\":\"C-1\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\""
                + fine + "\"}]}";
        StubClient.Response failed = kiosk1.mutate("/api/v1/payments/orders", body, key);
        assertThat(failed.status()).isEqualTo(500);
        StubClient.Response resent = kiosk1.mutate("/api/v1/payments/orders", body, key);
        assertThat(resent.status()).as("the resend runs again instead of replaying the 500").isEqualTo(201);
        assertThat(resent.headers().firstValue("Idempotent-Replayed")).isEmpty();
        StubClient.Response again = kiosk1.mutate("/api/v1/payments/orders", body, key);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.json().get("orderId").asText()).isEqualTo(resent.json().get("orderId").asText());
    }

    @Test
    void faultsAreDecidedAfterAuthentication() {
        kiosk1.admin("PUT", "/admin/faults", "{\"rules\":[{\"path\":\"/api/v1/**\",\"errorRate\":1.0,\"limit\":1}]}");
        StubClient.Response stranger = kiosk1.as("KIOSK-NOBODY", "nope").get("/api/v1/payments/orders/O-1");
        assertThat(stranger.status()).isEqualTo(401);
        // The stranger did not use up the fault: the next authenticated call gets it.
        assertThat(kiosk1.get("/api/v1/payments/orders/O-1").status()).isEqualTo(503);
        assertThat(kiosk1.get("/api/v1/payments/orders/O-1").status()).isEqualTo(404);
    }

    @Test
    void aCancelRacingThePaymentEndsPaidOrCancelledNeverBoth() throws Exception {
        List<String> fines = payableFines();
        assertThat(fines).isNotEmpty();
        for (int round = 0; round < 6; round++) {
            String orderId = order(kiosk1, fines.get(0));
            String path = "/api/v1/payments/orders/" + orderId;
            CompletableFuture<StubClient.Response> pay = CompletableFuture.supplyAsync(() -> kiosk1.mutate(path + "/pay", ""));
            CompletableFuture<StubClient.Response> cancel = CompletableFuture.supplyAsync(() -> kiosk1.mutate(path + "/cancel", ""));
            StubClient.Response paid = pay.get();
            StubClient.Response cancelled = cancel.get();
            String ended = cancelled.json().get("status").asText();
            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(ended).isIn("PAID", "CANCELLED");
            assertThat(paid.status() == 200).as("payment accepted exactly when the cancel saw it paid")
                    .isEqualTo(ended.equals("PAID"));
            assertThat(kiosk1.get(path).json().get("status").asText()).isEqualTo(ended);
            if (ended.equals("PAID")) {
                kiosk1.mutate(path + "/refund", "{\"reason\":\"test\"}"); // the fine is payable again
            }
        }
    }
}
