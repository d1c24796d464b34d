package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kiosk.stub.fault.FaultRule;
import kiosk.stub.fault.FaultSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fault type, set through the admin route as the kiosk's resilience tests do. */
class FaultInjectionTest {

    static BackendStub stub;
    static StubClient client;

    @BeforeAll
    static void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build());
        client = new StubClient(stub.baseUrl());
    }

    @AfterEach
    void clear() {
        assertThat(client.admin("PUT", "/admin/faults", "{}").status()).isEqualTo(200);
        client.admin("POST", "/admin/reset", null);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static void faults(String json) {
        StubClient.Response r = client.admin("PUT", "/admin/faults", json);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    static StubClient.Response health(Duration timeout) {
        return client.send(HttpRequest.newBuilder(stub.baseUrl().resolve("/api/v1/health")).timeout(timeout));
    }

    @Test
    void latencyDelaysMatchingRoutesOnly() {
        faults("{\"rules\":[{\"path\":\"/api/v1/health\",\"latencyMs\":400}]}");
        long t0 = System.nanoTime();
        assertThat(health(Duration.ofSeconds(5)).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(client.get("/openapi.json").status()).isEqualTo(200);
        assertThat(client.admin("GET", "/admin/faults", null).json().at("/stats/0/matched").asLong()).isEqualTo(1);
    }

    @Test
    void errorRateAnswersWithTheConfiguredServerError() {
        faults("{\"rules\":[{\"path\":\"/api/v1/**\",\"errorRate\":1.0,\"errorStatus\":502}]}");
        StubClient.Response r = health(Duration.ofSeconds(5));
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.code()).isEqualTo("INJECTED_FAULT");
        assertThat(r.json().get("retryable").asBoolean()).isTrue();
    }

    @Test
    void sameSeedGivesTheSameFaultSequence() {
        String settings = "{\"seed\":7,\"rules\":[{\"path\":\"/api/v1/health\",\"errorRate\":0.5,\"jitterMs\":5}]}";
        faults(settings);
        List<Integer> first = statuses(24);
        faults(settings);
        List<Integer> second = statuses(24);
        assertThat(second).isEqualTo(first);
        assertThat(first).contains(200, 503);
        faults(settings.replace("\"seed\":7", "\"seed\":8"));
        assertThat(statuses(24)).isNotEqualTo(first);
    }

    private static List<Integer> statuses(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(health(Duration.ofSeconds(5)).status());
        }
        return out;
    }

    @Test
    void limitStopsARuleAfterSoManyFaults() {
        faults("{\"rules\":[{\"path\":\"/api/v1/health\",\"errorRate\":1.0,\"limit\":2}]}");
        assertThat(statuses(4)).containsExactly(503, 503, 200, 200);
    }

    @Test
    void connectionResetGivesNoResponseAtAll() {
        faults("{\"rules\":[{\"path\":\"/api/v1/health\",\"resetRate\":1.0}]}");
        assertThatThrownBy(() -> health(Duration.ofSeconds(5))).hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void stalledResponseHoldsUntilTheClientGivesUp() {
        faults("{\"rules\":[{\"path\":\"/api/v1/health\",\"stallRate\":1.0,\"stallMs\":3000}]}");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> health(Duration.ofMillis(500))).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void malformedBodyIsNotJson() {
        faults("{\"rules\":[{\"path\":\"/api/v1/health\",\"malformedRate\":1.0}]}");
        StubClient.Response r = health(Duration.ofSeconds(5));
        assertThat(r.status()).isEqualTo(200);
        assertThatThrownBy(() -> StubClient.JSON.readTree(r.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void truncatedBodyEndsBeforeItsContentLength() {
        faults("{\"rules\":[{\"path\":\"/api/v1/health\",\"truncatedRate\":1.0}]}");
        assertThatThrownBy(() -> health(Duration.ofSeconds(5))).hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void afterEffectFaultsApplyTheEffectAndAKeyedRetryGetsTheStoredAnswer() {
        faults("{\"rules\":[{\"path\":\"/api/v1/payments/orders\",\"methods\":[\"POST\"],\"resetRate\":1.0,\"afterEffect\":true,\"limit\":1}]}");
        String zhang = client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}")
                .json().get("residentId").asText();
        String body = "{\"residentId\":\"" + zhang + "\",\"clientRef\":\"AE-1\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0001\"}]}";
        assertThatThrownBy(() -> client.mutate("/api/v1/payments/orders", body, "ae-key")).hasRootCauseInstanceOf(IOException.class);
        assertThat(client.admin("GET", "/admin/ledger?clientRef=AE-1", null).json().get("entries")).hasSize(1);
        StubClient.Response retry = client.mutate("/api/v1/payments/orders", body, "ae-key");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.replayed()).isTrue();
        assertThat(client.admin("GET", "/admin/ledger?clientRef=AE-1", null).json().get("entries")).hasSize(1);
    }

    @Test
    void beforeEffectFaultsApplyNothing() {
        faults("{\"rules\":[{\"path\":\"/api/v1/payments/**\",\"errorRate\":1.0}]}");
        StubClient.Response r = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"R-000001\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0001\"}]}", "be-key");
        assertThat(r.status()).isEqualTo(503);
        assertThat(client.admin("GET", "/admin/ledger", null).json().get("entries")).isEmpty();
        faults("{}");
        StubClient.Response again = client.mutate("/api/v1/payments/orders", "{\"residentId\":\"R-000001\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0001\"}]}", "be-key");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.replayed()).isFalse();
    }

    @Test
    void adminRoutesAreNeverFaulted() {
        faults("{\"rules\":[{\"path\":\"/**\",\"errorRate\":1.0}]}");
        assertThat(client.admin("GET", "/admin/faults", null).status()).isEqualTo(200);
    }

    @Test
    void invalidSettingsAreRefusedAndTheOldOnesKept() {
        faults("{\"rules\":[{\"path\":\"/api/v1/health\",\"latencyMs\":1}]}");
        StubClient.Response r = client.admin("PUT", "/admin/faults", "{\"rules\":[{\"path\":\"/x\",\"errorRate\":0.7,\"resetRate\":0.7}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("INVALID_FIELD");
        assertThat(r.json().get("detail").asText()).contains("add up to more than 1");
        assertThat(client.admin("GET", "/admin/faults", null).json().at("/settings/rules/0/latencyMs").asInt()).isEqualTo(1);
        assertThat(client.admin("PUT", "/admin/faults", "{\"rules\":[{\"errorRate\":0.1}]}").code()).isEqualTo("INVALID_FIELD");
    }

    @Test
    void faultsFileIsReadAtStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("faults.json");
        Files.writeString(file, "{\"seed\":5,\"rules\":[{\"path\":\"/api/v1/traffic/**\",\"latencyMs\":100,\"jitterMs\":50,\"errorRate\":0.1}]}");
        StubSettings settings = StubMain.parse(new String[] {"--port", "0", "--db", "mem", "--faults", file.toString(), "--seed", "9",
            "--idempotency-ttl", "60", "--order-ttl", "30"});
        assertThat(settings.idempotencyTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.orderTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.faults().seed()).isEqualTo(5);
        assertThat(settings.faults().rules()).hasSize(1);
        assertThat(settings.faults().rules().get(0)).isEqualTo(new FaultRule("/api/v1/traffic/**", null, 100, 50, 0.1,
                null, null, null, null, null, null, null, null, null));
        assertThat(settings.seed()).isEqualTo(9);
        assertThat(settings.db()).isEqualTo("mem");
        assertThatThrownBy(() -> StubMain.parse(new String[] {"--bogus", "1"})).isInstanceOf(IllegalArgumentException.class);
        assertThat(FaultSettings.read(file)).isEqualTo(settings.faults());
    }
}
