package kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.assembly.Operations;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.config.bundle.SigningKeys;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import kiosk.stub.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole kiosk on backend-stub: a configuration rolled out on the fleet reaches the kiosk signed by the
 * operations key (the demo key, which the demo profile trusts), is applied, and the kiosk's heartbeats
 * report it; a stub signing with another key gets its configuration refused, seen on the fleet as a problem.
 */
class SignedConfigOnStubTest {

    private static final String KIOSK = "KIOSK-DEMO-001";

    @TempDir
    Path dir;

    private BackendStub stub;
    private KioskAssembly kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    private void start(StubSettings.Builder settings) {
        stub = BackendStub.start(settings.port(0).inMemory().generatedResidents(0).build());
        KioskConfig base = DemoConfig.load();
        KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")))
                .withFleet(new KioskConfig.Fleet(Duration.ofSeconds(1)));
        kiosk = KioskAssembly.start(config, new Operations.Settings(InetAddress.getLoopbackAddress(), 0, dir.resolve("fleet.db"),
                Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    private String send(String method, URI uri, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("X-Admin-Token", "stub-admin")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String metrics() throws Exception {
        return send("GET", URI.create("http://127.0.0.1:" + kiosk.operations().opsPort().orElseThrow() + "/metrics"), null);
    }

    private JsonNode fleetRow() throws Exception {
        for (JsonNode k : Json.mapper().readTree(send("GET", stub.baseUrl().resolve("/admin/fleet"), null)).get("kiosks")) {
            if (k.get("kioskId").asText().equals(KIOSK)) {
                return k;
            }
        }
        throw new AssertionError("no " + KIOSK);
    }

    private int versionInLastHeartbeat() throws Exception {
        for (JsonNode k : Json.mapper().readTree(send("GET", stub.baseUrl().resolve("/admin/kiosks"), null)).get("kiosks")) {
            if (k.get("kioskId").asText().equals(KIOSK) && k.hasNonNull("lastHeartbeat")) {
                return k.get("lastHeartbeat").path("reportedConfigVersion").asInt(-1);
            }
        }
        return -1;
    }

    @Test
    void aRolledOutSignedConfigurationIsAppliedAndReportedInTheHeartbeat() throws Exception {
        start(StubSettings.builder());
        await().atMost(Duration.ofSeconds(60)).until(() -> metrics().contains("kiosk_config_version{which=\"running\"} 1"));
        String started = send("POST", stub.baseUrl().resolve("/admin/rollouts"),
                "{\"config\":{\"idleTimeoutSeconds\":75},\"kioskIds\":[\"" + KIOSK + "\"],\"waves\":[100]}");
        int version = Json.mapper().readTree(started).get("version").asInt();
        assertThat(version).as(started).isEqualTo(2);

        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("kiosk_config_version{which=\"running\"} 2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> versionInLastHeartbeat() == 2);
        JsonNode row = fleetRow();
        assertThat(row.get("reportedConfigVersion").asInt()).isEqualTo(2);
        assertThat(row.get("inSync").asBoolean()).isTrue();
        assertThat(row.get("problems")).isEmpty();
    }

    @Test
    void aConfigurationSignedByAKeyTheKioskDoesNotTrustIsRefusedAndShownOnTheFleet() throws Exception {
        start(StubSettings.builder().configSigning(SigningKeys.generate()));
        await().atMost(Duration.ofSeconds(60)).until(() -> fleetRow().get("problems").toString().contains("CONFIG_REFUSED"));
        JsonNode problem = fleetRow().get("problems").get(0);
        assertThat(problem.get("device").asText()).isEqualTo("v1 unknown_key");
        assertThat(metrics()).contains("kiosk_config_version{which=\"running\"} 0", "kiosk_config_version{which=\"desired\"} 1");
        await().atMost(Duration.ofSeconds(30)).until(() -> versionInLastHeartbeat() == 0);
        assertThat(fleetRow().get("inSync").asBoolean()).isFalse();
    }
}
