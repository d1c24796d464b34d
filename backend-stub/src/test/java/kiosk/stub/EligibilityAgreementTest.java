package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/eligibility and the service's own route run the same rules: for every seeded persona and every
 * mutating service, the eligibility answer (eligible, fee, refusal code) is what the real route then does.
 * Two passes, so the second also covers the states the first one's effects left behind.
 */
class EligibilityAgreementTest {

    static final List<String> PERSONAS = List.of("R-000001", "R-000002", "R-000003", "R-000004", "R-000005", "R-000006",
            "R-000007", "R-000008");

    static BackendStub stub;
    static StubClient client;

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build());
        client = new StubClient(stub.baseUrl());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    /** One service call: the eligibility body's extra fields, the real route and its body's extra fields. */
    record Case(String service, String eligibilityFields, String path, String routeFields) {
    }

    static List<Case> cases(String residentId) {
        String since = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString();
        String plate = firstPlate(residentId);
        String check = healthCheck(residentId);
        String hk = permit(residentId, "HK_MACAO");
        String tw = permit(residentId, "TAIWAN");
        return List.of(
                new Case("RESIDENCE_PERMIT_NEW", ",\"residenceSince\":\"" + since + "\"",
                        "/api/v1/household/residence-permits/applications", ",\"kind\":\"NEW\",\"residenceSince\":\"" + since + "\""),
                new Case("RESIDENCE_PERMIT_RENEWAL", "", "/api/v1/household/residence-permits/applications", ",\"kind\":\"RENEWAL\""),
                new Case("HOUSEHOLD_CERTIFICATE", ",\"purpose\":\"EMPLOYMENT\"", "/api/v1/household/certificates",
                        ",\"purpose\":\"EMPLOYMENT\""),
                new Case("TEMPORARY_ID", "", "/api/v1/household/temporary-id", ""),
                new Case("LICENCE_RENEWAL", ",\"healthCheckRef\":\"" + check + "\"", "/api/v1/traffic/licence/renewals",
                        ",\"healthCheckRef\":\"" + check + "\""),
                new Case("LICENCE_RENEWAL", ",\"healthCheckRef\":\"TJ-SX-000375\"", "/api/v1/traffic/licence/renewals",
                        ",\"healthCheckRef\":\"TJ-SX-000375\""),
                new Case("INSPECTION_MARK", ",\"plate\":\"" + plate + "\"", "/api/v1/traffic/inspection-marks",
                        ",\"plate\":\"" + plate + "\""),
                new Case("ENDORSEMENT", endorsement(hk, "HK", "INDIVIDUAL_TOURISM", 2), "/api/v1/exit-entry/endorsements",
                        endorsement(hk, "HK", "INDIVIDUAL_TOURISM", 2)),
                new Case("ENDORSEMENT", endorsement(hk, "MO", "GROUP_TOURISM", 1), "/api/v1/exit-entry/endorsements",
                        endorsement(hk, "MO", "GROUP_TOURISM", 1)),
                new Case("ENDORSEMENT", endorsement(tw, "TW", "GROUP_TOURISM", 1), "/api/v1/exit-entry/endorsements",
                        endorsement(tw, "TW", "GROUP_TOURISM", 1)));
    }

    static String endorsement(String permitId, String destination, String type, int trips) {
        return ",\"permitId\":\"" + permitId + "\",\"destination\":\"" + destination + "\",\"type\":\"" + type
                + "\",\"trips\":" + trips;
    }

    static String firstPlate(String residentId) {
        JsonNode vehicles = client.query("/api/v1/traffic/vehicles/query", "{\"residentId\":\"" + residentId + "\"}").json()
                .get("vehicles");
        return vehicles.isEmpty() ? "浙D12345" : vehicles.get(0).get("plate").asText();
    }

    static String healthCheck(String residentId) {
        JsonNode checks = client.query("/api/v1/traffic/health-checks/query", "{\"residentId\":\"" + residentId + "\"}").json()
                .get("healthChecks");
        return checks.isEmpty() ? "TJ-NONE" : checks.get(0).get("healthCheckRef").asText();
    }

    static String permit(String residentId, String kind) {
        for (JsonNode p : client.query("/api/v1/exit-entry/permits/query", "{\"residentId\":\"" + residentId + "\"}").json()
                .get("permits")) {
            if (p.get("kind").asText().equals(kind)) {
                return p.get("permitId").asText();
            }
        }
        return "P-NONE";
    }

    @Test
    void eligibilityAndTheRealRouteAlwaysAgree() {
        client.admin("POST", "/admin/reset", null);
        Set<String> refusals = new TreeSet<>();
        List<String> eligible = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String resident : PERSONAS) {
                for (Case c : cases(resident)) {
                    String label = resident + " " + c.service() + " " + c.routeFields() + " pass " + pass;
                    StubClient.Response answer = client.query("/api/v1/eligibility",
                            "{\"residentId\":\"" + resident + "\",\"service\":\"" + c.service() + "\"" + c.eligibilityFields() + "}");
                    assertThat(answer.status()).as(label + " " + answer.body()).isEqualTo(200);
                    JsonNode e = answer.json();
                    StubClient.Response real = client.mutate(c.path(), "{\"residentId\":\"" + resident + "\"" + c.routeFields() + "}");
                    if (e.get("eligible").asBoolean()) {
                        assertThat(real.status()).as(label + " " + real.body()).isEqualTo(201);
                        long fee = real.json().has("feeCents") ? real.json().get("feeCents").asLong() : 0;
                        assertThat(e.get("feeCents").asLong()).as(label).isEqualTo(fee);
                        eligible.add(label);
                    } else {
                        assertThat(real.code()).as(label).isEqualTo(e.get("refusal").get("code").asText());
                        assertThat(real.json().get("counterRequired").asBoolean())
                                .isEqualTo(e.get("refusal").get("counterRequired").asBoolean());
                        assertThat(e.has("counter")).as(label).isEqualTo(e.get("refusal").get("counterRequired").asBoolean());
                        refusals.add(e.get("refusal").get("code").asText());
                    }
                }
            }
        }
        assertThat(eligible).as("services some persona may use").hasSizeGreaterThan(8);
        assertThat(refusals).as("refusals met along the way").hasSizeGreaterThan(14);
    }

    @Test
    void refusalsNameTheCounterOfTheKiosksStation() {
        JsonNode wang = client.query("/api/v1/eligibility", "{\"residentId\":\"R-000003\",\"service\":\"ENDORSEMENT\","
                + "\"destination\":\"TW\"}").json();
        assertThat(wang.get("eligible").asBoolean()).isFalse();
        assertThat(wang.get("refusal").get("code").asText()).isEqualTo("COUNTER_STATE_EMPLOYEE");
        assertThat(wang.get("counter").get("stationId").asText()).isEqualTo("ST-SX-YC");
        assertThat(wang.get("counter").get("counter").get("zh-CN").asText()).contains("出入境");
        assertThat(wang.get("counter").get("hours").get("en").asText()).isEqualTo("Mon–Sat 9:00–17:00");
    }

    @Test
    void otherDocumentsAreSentToTheCounterForResidentIdCardServices() {
        JsonNode erika = client.query("/api/v1/eligibility", "{\"residentId\":\"R-000007\",\"service\":\"TEMPORARY_ID\"}").json();
        assertThat(erika.get("refusal").get("code").asText()).isEqualTo("DOCUMENT_NOT_ACCEPTED");
        assertThat(erika.get("counter").get("counter").get("en").asText()).contains("Household");
        JsonNode chan = client.query("/api/v1/eligibility", "{\"residentId\":\"R-000008\",\"service\":\"LICENCE_RENEWAL\"}").json();
        assertThat(chan.get("eligible").asBoolean()).isTrue();
        assertThat(chan.get("feeCents").asLong()).isEqualTo(1_000);
    }

    @Test
    void leftOutParametersLeaveTheirRulesToTheRealRoute() {
        // 李娜 is not local: a residence permit needs six months of residence, unknown until she enters the date.
        client.admin("POST", "/admin/reset", null);
        String body = "{\"residentId\":\"R-000002\",\"service\":\"RESIDENCE_PERMIT_NEW\"";
        assertThat(client.query("/api/v1/eligibility", body + "}").json().get("refusal").get("code").asText())
                .isEqualTo("RESIDENCE_PERMIT_STILL_VALID");
        JsonNode chen = client.query("/api/v1/eligibility", "{\"residentId\":\"R-000006\",\"service\":\"RESIDENCE_PERMIT_NEW\"}").json();
        assertThat(chen.get("eligible").asBoolean()).isTrue();
        String recent = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(2).toString();
        assertThat(client.query("/api/v1/eligibility", "{\"residentId\":\"R-000006\",\"service\":\"RESIDENCE_PERMIT_NEW\","
                + "\"residenceSince\":\"" + recent + "\"}").json().get("refusal").get("code").asText()).isEqualTo("RESIDENCE_TOO_SHORT");
        assertThat(client.query("/api/v1/eligibility", "{\"residentId\":\"R-000001\",\"service\":\"ENDORSEMENT\"}").code())
                .isEqualTo("INVALID_FIELD");
        assertThat(client.query("/api/v1/eligibility", "{\"residentId\":\"R-999999\",\"service\":\"TEMPORARY_ID\"}").code())
                .isEqualTo("RESIDENT_NOT_FOUND");
    }
}
