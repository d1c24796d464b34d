package kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import kiosk.stub.fault.FaultSettings;
import kiosk.stub.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole kiosk (real backend-stub on loopback, simulated devices) and the fleet page in headless chromium:
 * the printer runs out of paper, and the kiosk's metrics, the urgent event at the fleet and the page open
 * in the browser all change; paper refilled, they all go back.
 */
class FleetOperationsEndToEndTest {

    @TempDir
    Path dir;

    private BackendStub stub;
    private KioskAssembly kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build());
        KioskConfig base = DemoConfig.load();
        KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")))
                .withFleet(new KioskConfig.Fleet(Duration.ofSeconds(1)));
        kiosk = KioskAssembly.start(config, new Operations.Settings(InetAddress.getLoopbackAddress(), 0, dir.resolve("fleet.db"),
                Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        kiosk.close();
        stub.close();
    }

    private String get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String metrics() throws Exception {
        return get(URI.create("http://127.0.0.1:" + kiosk.operations().opsPort().orElseThrow() + "/metrics"));
    }

    private String fleet() throws Exception {
        return get(stub.baseUrl().resolve("/admin/fleet"), "X-Admin-Token", "stub-admin");
    }

    @Test
    void paperOutShowsInMetricsInAnUrgentEventAndOnTheFleetPage() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> metrics().contains(
                "kiosk_printer_paper_state{device=\"receipt-printer\",state=\"full\"} 1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet().contains("\"device\":\"receipt-printer\""));
        // the first heartbeat's answer brings the desired configuration (version 1), applied and reported
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("kiosk_config_version{which=\"running\"} 1"));
        String scrape = metrics();
        assertThat(scrape).contains("kiosk_build_info{", "kiosk_device_state{device=\"receipt-printer\",kind=\"receipt_printer\",state=\"online\"} 1",
                "kiosk_backend_circuit_state{state=\"closed\"} 1", "kiosk_journal_backlog_operations 0",
                "kiosk_backend_request_duration_seconds_bucket{outcome=\"ok\",route=\"POST fleet/heartbeat\"",
                "kiosk_config_version{which=\"running\"} 1");
        assertThat(scrape).doesNotContain("张伟", "110101198503151235");

        try (HeadlessChromium browser = HeadlessChromium.open(stub.baseUrl().resolve("/fleet#token=stub-admin"))) {
            String row = "document.querySelector('tr[data-kiosk=\"KIOSK-DEMO-001\"]')";
            await().atMost(Duration.ofSeconds(60)).until(() -> browser.eval(row + "?.dataset.status").equals("OK"));
            assertThat(browser.eval(row + ".querySelector('.problems').dataset.kinds")).isEmpty();

            EscPosPrinterSimulator printer = kiosk.rack().find("receipt-printer", EscPosPrinterSimulator.class).orElseThrow();
            printer.runOutOfPaperAfterMm(0);

            await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains(
                    "kiosk_printer_paper_state{device=\"receipt-printer\",state=\"out\"} 1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> fleet().matches("(?s).*\"kind\":\"PAPER_OUT\",\"device\":\"receipt-printer\".*"));
            await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("kiosk_urgent_events_pending 0"));
            // the page was not reloaded: it polls and redraws itself
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.eval(row + ".querySelector('.problems').dataset.kinds")
                    .contains("PAPER_OUT"));
            assertThat(browser.eval(row + ".dataset.status")).isEqualTo("ERROR");
            assertThat(browser.eval(row + ".querySelector('.problems').textContent")).contains("缺纸");
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + kiosk.operations().opsPort().orElseThrow() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DEGRADED\"", "\"paper\":\"OUT\"");

            printer.loadPaper();
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.eval(row + ".querySelector('.problems').dataset.kinds").isEmpty()
                    && browser.eval(row + ".dataset.status").equals("OK"));
            assertThat(metrics()).contains("kiosk_printer_paper_state{device=\"receipt-printer\",state=\"full\"} 1");
        }
    }

    @Test
    void aCallForStaffSurvivesARestartAndIsDeliveredOnce() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet().contains("\"device\":\"receipt-printer\""));
        stub.faults().configure(Json.mapper().readValue("{\"rules\":[{\"path\":\"/api/v1/fleet/kiosks/KIOSK-DEMO-001/events\","
                + "\"errorRate\":1.0}]}", FaultSettings.class));
        kiosk.operations().urgentEvents().callStaff();
        await().atMost(Duration.ofSeconds(20)).until(() -> metrics().contains("kiosk_urgent_events_pending 1"));
        assertThat(fleet()).doesNotContain("CALL_STAFF");
        // the kiosk restarts while the event waits; the fleet comes back
        KioskConfig config = kiosk.config();
        kiosk.close();
        stub.faults().configure(FaultSettings.NONE);
        kiosk = KioskAssembly.start(config, new Operations.Settings(InetAddress.getLoopbackAddress(), 0, dir.resolve("fleet.db"),
                Duration.ofSeconds(2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> fleet().contains("\"kind\":\"CALL_STAFF\""));
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("kiosk_urgent_events_pending 0"));
        assertThat(metrics()).containsPattern("kiosk_call_staff_waiting_seconds (0\\.0*[1-9]|[1-9])"); // still waiting: above 0
        kiosk.operations().urgentEvents().staffAnswered();
        await().atMost(Duration.ofSeconds(30)).until(() -> !fleet().contains("CALL_STAFF"));
        assertThat(metrics()).contains("kiosk_call_staff_waiting_seconds 0");
    }
}
