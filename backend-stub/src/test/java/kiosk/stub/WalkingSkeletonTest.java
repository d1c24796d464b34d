package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The routes the walking skeleton uses, end to end: identify, look up fines, pay, print, reprint, refund. */
class WalkingSkeletonTest {

    static BackendStub stub;
    static StubClient client;

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(20).build());
        client = new StubClient(stub.baseUrl());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void healthNeedsNoCredentials() {
        StubClient.Response r = client.send(java.net.http.HttpRequest.newBuilder(stub.baseUrl().resolve("/api/v1/health")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void demoResidentsAreSeededWithTheirFines() {
        JsonNode wang = client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330282196011010052\",\"name\":\"王\uD86D\uDCE7明\"}").json();
        assertThat(wang.get("name").asText()).isEqualTo("王𫓧明");
        assertThat(wang.get("idNumberMasked").asText()).isEqualTo("330***********0052");
        JsonNode fines = client.query("/api/v1/traffic/violations/query", "{\"plate\":\"浙B8F123\",\"engineTail\":\"700123\"}").json();
        assertThat(fines.get("violations")).hasSize(1);
        assertThat(fines.get("unpaidCount").asInt()).isEqualTo(1);

        JsonNode li = client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330106199207082463\",\"name\":\"李娜\"}").json();
        JsonNode liFines = client.query("/api/v1/traffic/violations/query",
                "{\"residentId\":\"" + li.get("residentId").asText() + "\"}").json();
        assertThat(liFines.get("unpaidCount").asInt()).isZero();

        JsonNode liu = client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330603200802290017\",\"name\":\"刘䶮\"}").json();
        assertThat(liu.get("residentId").asText()).isNotBlank();
    }

    @Test
    void wrongNameIsNotFoundAndBadChecksumIsRefused() {
        assertThat(client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"李四\"}").code())
                .isEqualTo("RESIDENT_NOT_FOUND");
        assertThat(client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151257\",\"name\":\"张伟\"}").code())
                .isEqualTo("INVALID_ID_NUMBER");
    }

    @Test
    void payPrintReprintRefund() {
        String resident = client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}")
                .json().get("residentId").asText();
        JsonNode fines = client.query("/api/v1/traffic/violations/query", "{\"residentId\":\"" + resident + "\"}").json();
        assertThat(fines.get("unpaidCount").asInt()).isEqualTo(2);
        String violation = fines.get("violations").get(0).get("violationId").asText();

        StubClient.Response created = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + resident
                + "\",\"clientRef\":\"J-1\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"" + violation + "\"}]}");
        assertThat(created.status()).isEqualTo(201);
        String orderId = created.json().get("orderId").asText();
        assertThat(created.json().get("amountCents").asLong()).isEqualTo(20000);
        assertThat(created.json().get("qrPayload").asText()).contains(orderId);
        assertThat(client.get("/api/v1/payments/orders/" + orderId).json().get("status").asText()).isEqualTo("PENDING");

        assertThat(client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "").json().get("status").asText()).isEqualTo("PAID");
        JsonNode after = client.query("/api/v1/traffic/violations/query", "{\"residentId\":\"" + resident + "\"}").json();
        assertThat(after.get("unpaidCount").asInt()).isEqualTo(1);

        String receipt = "{\"orderId\":\"" + orderId + "\",\"residentId\":\"" + resident + "\",\"clientRef\":\"J-1\"}";
        assertThat(client.mutate("/api/v1/receipts", receipt).json().get("kind").asText()).isEqualTo("ORIGINAL");
        assertThat(client.mutate("/api/v1/receipts", receipt).json().get("kind").asText()).isEqualTo("REPRINT");
        JsonNode records = client.query("/api/v1/receipts/query", "{\"residentId\":\"" + resident + "\"}").json();
        assertThat(records.get("receipts")).hasSize(2);
        assertThat(records.get("paidOrders").get(0).get("receiptCount").asInt()).isEqualTo(2);

        JsonNode refunded = client.mutate("/api/v1/payments/orders/" + orderId + "/refund", "{\"reason\":\"test\"}").json();
        assertThat(refunded.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(client.query("/api/v1/traffic/violations/query", "{\"residentId\":\"" + resident + "\"}")
                .json().get("unpaidCount").asInt()).isEqualTo(2);

        JsonNode ledger = client.admin("GET", "/admin/ledger?clientRef=J-1", null).json().get("entries");
        assertThat(ledger).extracting(e -> e.get("kind").asText())
                .containsExactly("ORDER_CREATED", "ORDER_PAID", "RECEIPT_RECORDED", "RECEIPT_RECORDED", "ORDER_REFUNDED");
    }
}
