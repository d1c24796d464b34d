package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import kiosk.stub.http.Refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application the resident left unpaid blocks the next one of its kind until the kiosk withdraws it; the
 * withdrawal is the creating kiosk's, for its resident, idempotent, never of a paid or processed application,
 * and it takes the kiosk's pending order holding the fee with it.
 */
class ApplicationWithdrawalTest {

    static final String ZHANG = "R-000001";
    static final String LIU = "R-000004";
    static final String CHAN = "R-000008";
    static final String TEMPORARY_ID = "/api/v1/household/temporary-id";
    static final String RENEWALS = "/api/v1/traffic/licence/renewals";
    static final String ENDORSEMENTS = "/api/v1/exit-entry/endorsements";

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
    }

    static String resident(String id) {
        return "{\"residentId\":\"" + id + "\"}";
    }

    static String renewal() {
        return "{\"residentId\":\"" + CHAN + "\",\"healthCheckRef\":\"TJ-SX-000376\"}";
    }

    static String endorsement() {
        String permit = client.query("/api/v1/exit-entry/permits/query", resident(ZHANG)).json().at("/permits/0/permitId").asText();
        return "{\"residentId\":\"" + ZHANG + "\",\"permitId\":\"" + permit
                + "\",\"destination\":\"HK\",\"type\":\"INDIVIDUAL_TOURISM\",\"trips\":2}";
    }

    static StubClient.Response withdraw(StubClient as, String applicationId, String residentId, String key) {
        return as.mutate("/api/v1/applications/" + applicationId + "/withdraw", resident(residentId), key);
    }

    static StubClient.Response withdraw(String applicationId, String residentId) {
        return withdraw(client, applicationId, residentId, UUID.randomUUID().toString());
    }

    static String status(String applicationId) {
        return client.get("/api/v1/applications/" + applicationId).json().get("status").asText();
    }

    static String orderOf(String residentId, String items) {
        StubClient.Response r = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + residentId + "\",\"items\":[" + items + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("orderId").asText();
    }

    static String fee(String applicationId) {
        return "{\"kind\":\"APPLICATION_FEE\",\"reference\":\"" + applicationId + "\"}";
    }

    static long ledger(String kind) {
        return client.admin("GET", "/admin/ledger?kind=" + kind, null).json().get("entries").size();
    }

    @Test
    void anUnpaidApplicationRefusesTheNextOfItsKindUntilItIsWithdrawn() {
        String tempId = client.mutate(TEMPORARY_ID, resident(LIU)).json().get("applicationId").asText();
        String licence = client.mutate(RENEWALS, renewal()).json().get("applicationId").asText();
        String endorsement = client.mutate(ENDORSEMENTS, endorsement()).json().get("applicationId").asText();
        assertThat(status(tempId)).isEqualTo("AWAITING_PAYMENT");

        // Left unpaid, each blocks a second one: the resident's next visit would be refused.
        assertThat(client.mutate(TEMPORARY_ID, resident(LIU)).code()).isEqualTo(Refusal.TEMP_ID_ALREADY_ISSUED.name());
        assertThat(client.mutate(RENEWALS, renewal()).code()).isEqualTo(Refusal.APPLICATION_ALREADY_OPEN.name());
        assertThat(client.mutate(ENDORSEMENTS, endorsement()).code()).isEqualTo(Refusal.APPLICATION_ALREADY_OPEN.name());
        assertThat(client.query("/api/v1/eligibility", "{\"residentId\":\"" + CHAN + "\",\"service\":\"LICENCE_RENEWAL\"}")
                .json().at("/refusal/code").asText()).isEqualTo(Refusal.APPLICATION_ALREADY_OPEN.name());

        for (String id : new String[] {tempId, licence, endorsement}) {
            StubClient.Response withdrawn = withdraw(id, id.equals(tempId) ? LIU : id.equals(licence) ? CHAN : ZHANG);
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
            assertThat(withdrawn.json().get("status").asText()).isEqualTo("CANCELLED");
            assertThat(status(id)).isEqualTo("CANCELLED");
        }
        assertThat(ledger("APPLICATION_WITHDRAWN")).isEqualTo(3);

        // Withdrawn, they no longer count: the same applications can be made again.
        assertThat(client.query("/api/v1/eligibility", "{\"residentId\":\"" + CHAN + "\",\"service\":\"LICENCE_RENEWAL\"}")
                .json().get("eligible").asBoolean()).isTrue();
        assertThat(client.mutate(TEMPORARY_ID, resident(LIU)).status()).isEqualTo(201);
        assertThat(client.mutate(RENEWALS, renewal()).status()).isEqualTo(201);
        assertThat(client.mutate(ENDORSEMENTS, endorsement()).status()).isEqualTo(201);
    }

    @Test
    void aWithdrawalIsIdempotentByKeyAndByState() {
        String tempId = client.mutate(TEMPORARY_ID, resident(LIU)).json().get("applicationId").asText();
        StubClient.Response first = withdraw(client, tempId, LIU, "withdraw-1");
        StubClient.Response replay = withdraw(client, tempId, LIU, "withdraw-1");
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.body()).isEqualTo(first.body());
        StubClient.Response again = withdraw(client, tempId, LIU, "withdraw-2");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(ledger("APPLICATION_WITHDRAWN")).as("withdrawn once").isEqualTo(1);
    }

    @Test
    void onlyTheCreatingKioskWithdrawsForItsResidentElseNotFound() {
        String tempId = client.mutate(TEMPORARY_ID, resident(LIU)).json().get("applicationId").asText();
        StubClient other = client.as("KIOSK-DEMO-002", "demo-key-002");
        assertThat(withdraw(other, tempId, LIU, "k-1").code()).isEqualTo(Refusal.APPLICATION_NOT_FOUND.name());
        assertThat(withdraw(tempId, ZHANG).code()).isEqualTo(Refusal.APPLICATION_NOT_FOUND.name());
        assertThat(withdraw("A-NOPE", LIU).code()).isEqualTo(Refusal.APPLICATION_NOT_FOUND.name());
        // Applications made at a counter (the seed's) are no kiosk's to withdraw.
        String counter = client.query("/api/v1/applications/query", "{\"residentId\":\"" + LIU + "\",\"type\":\"ID_CARD\"}").json().at("/applications/0/applicationId").asText();
        assertThat(counter).isNotEqualTo(tempId);
        StubClient.Response seeded = withdraw(counter, LIU);
        assertThat(seeded.status()).isEqualTo(404);
        assertThat(seeded.code()).isEqualTo(Refusal.APPLICATION_NOT_FOUND.name());
        assertThat(status(tempId)).isEqualTo("AWAITING_PAYMENT");
        assertThat(ledger("APPLICATION_WITHDRAWN")).isZero();
    }

    @Test
    void aPaidOrProcessedApplicationIsNeverWithdrawn() {
        String tempId = client.mutate(TEMPORARY_ID, resident(LIU)).json().get("applicationId").asText();
        String orderId = orderOf(LIU, fee(tempId));
        client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "");
        StubClient.Response paid = withdraw(tempId, LIU);
        assertThat(paid.status()).isEqualTo(409);
        assertThat(paid.code()).isEqualTo(Refusal.APPLICATION_NOT_WITHDRAWABLE.name());
        assertThat(paid.json().get("message").get("zh-CN").asText()).isEqualTo("该申请已缴费或已在办理中，不能撤回。");
        assertThat(paid.json().get("message").get("zh-TW").asText()).isEqualTo("該申請已繳費或已在辦理中，無法撤回。");
        assertThat(paid.json().get("message").get("en").asText()).contains("can no longer be withdrawn");
        assertThat(status(tempId)).isEqualTo("SUBMITTED");

        // A free application is submitted as it is made: final, like the paid one.
        String permit = client.mutate("/api/v1/household/residence-permits/applications",
                "{\"residentId\":\"R-000006\",\"kind\":\"NEW\",\"residenceSince\":\"2020-01-01\"}").json().get("applicationId").asText();
        assertThat(withdraw(permit, "R-000006").code()).isEqualTo(Refusal.APPLICATION_NOT_WITHDRAWABLE.name());
        assertThat(status(permit)).isEqualTo("SUBMITTED");
    }

    @Test
    void theKiosksPendingOrderHoldingTheFeeIsCancelledWithItAndCannotBePaidAfterwards() {
        String licence = client.mutate(RENEWALS, renewal()).json().get("applicationId").asText();
        String orderId = orderOf(CHAN, fee(licence));

        StubClient.Response withdrawn = withdraw(licence, CHAN);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(client.get("/api/v1/payments/orders/" + orderId).json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(client.mutate("/api/v1/payments/orders/" + orderId + "/pay", "").code())
                .isEqualTo(Refusal.ORDER_NOT_PENDING.name());
        assertThat(status(licence)).isEqualTo("CANCELLED");
        // The kiosk's own cancel, arriving later, is answered as the order stands.
        assertThat(client.mutate("/api/v1/payments/orders/" + orderId + "/cancel", "").json().get("status").asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void anotherKiosksPendingOrderHoldingTheFeeRefusesTheWithdrawalAndChangesNothing() {
        String tempId = client.mutate(TEMPORARY_ID, resident(LIU)).json().get("applicationId").asText();
        StubClient other = client.as("KIOSK-DEMO-002", "demo-key-002");
        StubClient.Response order = other.mutate("/api/v1/payments/orders", "{\"residentId\":\"" + LIU + "\",\"items\":[" + fee(tempId) + "]}");
        assertThat(order.status()).isEqualTo(201);

        StubClient.Response refused = withdraw(tempId, LIU);
        assertThat(refused.code()).isEqualTo(Refusal.ITEM_IN_PENDING_ORDER.name());
        assertThat(refused.json().get("retryable").asBoolean()).isTrue();
        assertThat(status(tempId)).isEqualTo("AWAITING_PAYMENT");
        JsonNode stillPending = other.get("/api/v1/payments/orders/" + order.json().get("orderId").asText()).json();
        assertThat(stillPending.get("status").asText()).isEqualTo("PENDING");
    }
}
