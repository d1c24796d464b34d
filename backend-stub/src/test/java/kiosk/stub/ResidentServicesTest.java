package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import kiosk.stub.api.IdentityApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the kiosk's services need beyond the walking skeleton: other identity documents and e-ID codes, payment
 * by the resident's own code, printable receipt items, localized application titles and the verification page.
 */
class ResidentServicesTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-30T02:00:00Z"));
    static BackendStub stub;
    static StubClient client;

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).clock(CLOCK).build());
        client = new StubClient(stub.baseUrl());
    }

    @BeforeEach
    void fresh() {
        client.admin("POST", "/admin/reset", null);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static JsonNode lookup(String body) {
        return client.query("/api/v1/residents/lookup", body).json();
    }

    @Test
    void otherDocumentsResolveByTheirType() {
        JsonNode erika = lookup("{\"idNumber\":\"DEU336408120012\",\"name\":\"穆斯特曼\",\"documentType\":\"FOREIGN_PERMANENT\"}");
        assertThat(erika.get("residentId").asText()).isEqualTo("R-000007");
        assertThat(erika.get("nameLatin").asText()).isEqualTo("MUSTERMANN, ERIKA");
        assertThat(erika.get("documentType").asText()).isEqualTo("FOREIGN_PERMANENT");
        assertThat(erika.has("nation")).isFalse();
        assertThat(erika.get("localHukou").asBoolean()).isFalse();
        assertThat(lookup("{\"idNumber\":\"DEU336408120012\",\"name\":\"mustermann erika\",\"documentType\":\"FOREIGN_PERMANENT\"}")
                .get("residentId").asText()).isEqualTo("R-000007");
        JsonNode chan = lookup("{\"idNumber\":\"810000198806120376\",\"name\":\"陈家豪\",\"documentType\":\"HMT_RESIDENCE\"}");
        assertThat(chan.get("residentId").asText()).isEqualTo("R-000008");
        assertThat(chan.get("hukouCity").asText()).isEqualTo("香港特别行政区");
        assertThat(chan.get("idNumberMasked").asText()).isEqualTo("810***********0376");

        // The number alone does not identify: it must be read from the right kind of document.
        assertThat(client.query("/api/v1/residents/lookup", "{\"idNumber\":\"810000198806120376\",\"name\":\"陈家豪\"}").code())
                .isEqualTo("RESIDENT_NOT_FOUND");
        assertThat(client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\","
                + "\"documentType\":\"HMT_RESIDENCE\"}").code()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(client.query("/api/v1/residents/lookup", "{\"idNumber\":\"DE336408120012\",\"name\":\"穆斯特曼\","
                + "\"documentType\":\"FOREIGN_PERMANENT\"}").code()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(lookup("{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}").get("documentType").asText())
                .isEqualTo("RESIDENT_ID");
    }

    @Test
    void eIdCodesAreValidThreeMinutesByTheStubClock() {
        JsonNode issued = client.admin("POST", "/admin/identity-codes", "{\"residentId\":\"R-000002\"}").json();
        String code = issued.get("payload").asText();
        assertThat(code).isEqualTo(IdentityApi.payload("R-000002", CLOCK.instant())).startsWith("EID1.R-000002.");
        assertThat(Duration.between(Instant.parse(issued.get("issuedAt").asText()), Instant.parse(issued.get("expiresAt").asText())))
                .isEqualTo(Duration.ofMinutes(3));

        JsonNode li = client.query("/api/v1/identity/qr", "{\"payload\":\"" + code + "\"}").json();
        assertThat(li.get("name").asText()).isEqualTo("李娜");
        assertThat(li.get("documentType").asText()).isEqualTo("E_ID");
        assertThat(lookup("{\"documentType\":\"E_ID\",\"payload\":\"" + code + "\"}").get("residentId").asText()).isEqualTo("R-000002");

        CLOCK.advance(Duration.ofSeconds(179));
        assertThat(client.query("/api/v1/identity/qr", "{\"payload\":\"" + code + "\"}").status()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(client.query("/api/v1/identity/qr", "{\"payload\":\"" + code + "\"}").code()).isEqualTo("IDENTITY_CODE_EXPIRED");

        String unknownResident = IdentityApi.payload("R-999999", CLOCK.instant());
        assertThat(client.query("/api/v1/identity/qr", "{\"payload\":\"" + unknownResident + "\"}").code()).isEqualTo("IDENTITY_CODE_UNKNOWN");
        String otherResident = code.replace("R-000002", "R-000001");
        assertThat(client.query("/api/v1/identity/qr", "{\"payload\":\"" + otherResident + "\"}").code()).isEqualTo("IDENTITY_CODE_UNKNOWN");
        String future = IdentityApi.payload("R-000002", CLOCK.instant().plusSeconds(120));
        assertThat(client.query("/api/v1/identity/qr", "{\"payload\":\"" + future + "\"}").code()).isEqualTo("IDENTITY_CODE_UNKNOWN");
        assertThat(client.query("/api/v1/residents/lookup", "{\"documentType\":\"E_ID\",\"payload\":\"x\",\"name\":\"李娜\"}").code())
                .isEqualTo("INVALID_FIELD");
    }

    static String orderFor(String resident, String... violations) {
        StringBuilder items = new StringBuilder();
        for (String v : violations) {
            items.append(items.length() == 0 ? "" : ",").append("{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"").append(v).append("\"}");
        }
        return client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + resident + "\",\"items\":[" + items + "]}")
                .json().get("orderId").asText();
    }

    @Test
    void paymentCodesSettleLikeScanToPayAndAreSpentOnce() {
        String orderId = orderFor("R-000001", "V-DEMO-0001", "V-DEMO-0002");
        String path = "/api/v1/payments/orders/" + orderId + "/pay-by-code";
        StubClient.Response paid = client.mutate(path, "{\"code\":\"284567890123456789\"}", "key-1");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get("status").asText()).isEqualTo("PAID");
        assertThat(client.mutate(path, "{\"code\":\"284567890123456789\"}", "key-1").headers().firstValue("Idempotent-Replayed"))
                .contains("true");
        JsonNode fines = client.query("/api/v1/traffic/violations/query", "{\"residentId\":\"R-000001\"}").json();
        assertThat(fines.get("unpaidCount").asInt()).isZero();
        JsonNode ledger = client.admin("GET", "/admin/ledger?kind=PAYMENT_CODE_ACCEPTED", null).json().get("entries");
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).toString()).contains("ALIPAY").doesNotContain("284567890123456789");

        String second = orderFor("R-000005", "V-DEMO-0007");
        String secondPath = "/api/v1/payments/orders/" + second + "/pay-by-code";
        assertThat(client.mutate(secondPath, "{\"code\":\"284567890123456789\"}").code()).isEqualTo("PAYMENT_CODE_EXPIRED");
        assertThat(client.get("/api/v1/payments/orders/" + second).json().get("status").asText()).isEqualTo("PENDING");
        assertThat(client.mutate(secondPath, "{\"code\":\"2845\"}").code()).isEqualTo("PAYMENT_CODE_MALFORMED");
        assertThat(client.mutate(secondPath, "{\"code\":\"134567890123456789\"}").json().get("status").asText()).isEqualTo("PAID");
        assertThat(client.admin("GET", "/admin/ledger?kind=PAYMENT_CODE_ACCEPTED", null).json().get("entries").get(1).toString())
                .contains("WECHAT_PAY");
    }

    @Test
    void paidOrdersCarryWhatAReprintNeeds() {
        String fineOrder = orderFor("R-000001", "V-DEMO-0001");
        client.mutate("/api/v1/payments/orders/" + fineOrder + "/pay", "");
        String tempId = client.mutate("/api/v1/household/temporary-id", "{\"residentId\":\"R-000004\"}").json().get("applicationId").asText();
        String feeOrder = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"R-000004\",\"items\":[{\"kind\":\"APPLICATION_FEE\","
                + "\"reference\":\"" + tempId + "\"}]}").json().get("orderId").asText();
        client.mutate("/api/v1/payments/orders/" + feeOrder + "/pay-by-code", "{\"code\":\"STUBPAY-DEMO-1\"}");

        JsonNode fine = client.query("/api/v1/receipts/query", "{\"residentId\":\"R-000001\"}").json().get("paidOrders").get(0)
                .get("items").get(0);
        assertThat(fine.get("kind").asText()).isEqualTo("TRAFFIC_FINE");
        assertThat(fine.get("reference").asText()).isEqualTo("V-DEMO-0001");
        assertThat(fine.get("amountCents").asLong()).isEqualTo(20_000);
        assertThat(fine.get("description").get("zh-CN").asText()).isEqualTo("违反规定停放机动车");
        assertThat(fine.get("description").get("en").asText()).isEqualTo("Illegal parking");
        assertThat(fine.get("plate").asText()).isEqualTo("浙D12345");
        assertThat(fine.get("location").asText()).contains("解放北路");

        JsonNode fee = client.query("/api/v1/receipts/query", "{\"residentId\":\"R-000004\"}").json().get("paidOrders").get(0)
                .get("items").get(0);
        assertThat(fee.get("description").get("zh-CN").asText()).isEqualTo("临时居民身份证明");
        assertThat(fee.get("description").get("zh-TW").asText()).isEqualTo("臨時居民身份證明");
        assertThat(fee.get("amountCents").asLong()).isEqualTo(1_000);
    }

    @Test
    void applicationsHaveTitlesAndShaoxingCollectionPoints() {
        JsonNode li = client.query("/api/v1/applications/query", "{\"residentId\":\"R-000002\"}").json().get("applications").get(0);
        assertThat(li.get("title").get("zh-CN").asText()).isEqualTo("往来台湾通行证");
        assertThat(li.get("statusText").get("en").asText()).isEqualTo("Ready for collection");
        assertThat(li.get("collectionPoint").asText()).contains("绍兴市公安局出入境管理局");
        assertThat(li.get("collectionPointName").get("en").asText()).contains("Shaoxing");
        JsonNode zhang = client.query("/api/v1/exit-entry/permits/query", "{\"residentId\":\"R-000001\"}").json();
        String endorsement = client.mutate("/api/v1/exit-entry/endorsements", "{\"residentId\":\"R-000001\",\"permitId\":\""
                + zhang.get("permits").get(0).get("permitId").asText() + "\",\"destination\":\"HK\",\"type\":\"INDIVIDUAL_TOURISM\","
                + "\"trips\":2}").json().get("title").get("zh-CN").asText();
        assertThat(endorsement).isEqualTo("赴香港个人旅游签注（2次）");
    }

    static StubClient.Response page(String path, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stub.baseUrl().resolve(path)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return client.send(request);
    }

    @Test
    void theReceiptsQrOpensAPublicPageWithoutPersonalData() {
        String orderId = orderFor("R-000003", "V-DEMO-0004");
        client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "");
        String receipt = client.mutate("/api/v1/receipts", "{\"orderId\":\"" + orderId + "\",\"residentId\":\"R-000003\"}")
                .json().get("receiptId").asText();

        StubClient.Response tw = page("/verify/" + receipt, "zh-HK,zh;q=0.8,en;q=0.5");
        assertThat(tw.status()).isEqualTo(200);
        assertThat(tw.body()).contains("lang=\"zh-TW\"", "辦理進度與核驗", "已繳費", "¥200.00", "王*")
                .doesNotContain("王\uD86D\uDCE7明", "330282196011010052", "浒山", "R-000003");
        assertThat(page("/verify/" + receipt + "?lang=en", "zh-CN").body()).contains("Payment receipt", "Running a red light", "Paid");
        assertThat(page("/verify/" + orderId, null).body()).contains("lang=\"zh-CN\"", "缴费订单");

        JsonNode json = client.get("/api/v1/verify/" + receipt).json();
        assertThat(json.get("kind").asText()).isEqualTo("RECEIPT");
        assertThat(json.get("items").get(0).get("statusText").get("zh-CN").asText()).isEqualTo("已缴纳");

        StubClient.Response missing = page("/verify/A-NOSUCH?lang=en", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("No such reference");
        assertThat(page("/verify/%3Cscript%3E", null).body()).doesNotContain("<script>");
    }

    @Test
    void certificatesAreCheckedByTheirVerificationCode() {
        JsonNode cert = client.mutate("/api/v1/household/certificates", "{\"residentId\":\"R-000001\",\"purpose\":\"EDUCATION\"}").json();
        String id = cert.get("certificateId").asText();
        String code = cert.get("verificationCode").asText();
        JsonNode checked = client.get("/api/v1/verify/" + id + "?code=" + code.toLowerCase()).json();
        assertThat(checked.get("codeMatches").asBoolean()).isTrue();
        assertThat(checked.get("valid").asBoolean()).isTrue();
        assertThat(checked.get("holder").asText()).isEqualTo("张*");
        assertThat(client.get("/api/v1/verify/" + id + "?code=00000000").json().get("codeMatches").asBoolean()).isFalse();
        assertThat(client.get("/api/v1/verify/" + id).json().has("codeMatches")).isFalse();
        assertThat(page("/verify/" + id + "?code=" + code + "&lang=en", null).body()).contains("The verification code matches");
        assertThat(page("/verify/" + id + "?code=WRONG123", null).body()).contains("核验码不一致");
        assertThat(client.get("/api/v1/verify/HC-NOSUCH").code()).isEqualTo("ITEM_NOT_FOUND");
    }
}
