package kiosk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kiosk.app.assembly.DeviceSpecs;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff tests on the real drivers over simulators, and an audited action arriving at backend-stub over HTTP. */
class AdminDevicesAndStubTest {

    @TempDir
    Path dir;

    @Test
    void testPrintCardReadAndScanOnTheDemoDevices() throws Exception {
        KioskConfig config = DemoConfig.load();
        try (SimulatorRack rack = new SimulatorRack();
             DeviceManager manager = new DeviceManager(DriverCatalog.standard(rack), Duration.ofMillis(200))) {
            manager.start(DeviceSpecs.of(config));
            await().atMost(Duration.ofSeconds(15)).until(() -> manager.devices().stream().allMatch(d -> d.status().state().isUsable()));
            PeripheralAdminDevices devices = new PeripheralAdminDevices(manager);
            assertThat(devices.devices()).extracting(AdminDevices.DeviceRow::id).containsExactly("id-reader", "receipt-printer", "qr-scanner");

            AdminDevices.TestResult print = devices.testPrint("receipt-printer");
            assertThat(print.ok()).as(print.toString()).isTrue();
            assertThat(rack.find("receipt-printer", EscPosPrinterSimulator.class).orElseThrow().lastReceipt().text()).contains("打印测试");

            CompletableFuture<AdminDevices.TestResult> card = CompletableFuture.supplyAsync(() -> devices.testCardRead(Duration.ofSeconds(10)));
            Thread.sleep(300);
            rack.find("id-reader", SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
            AdminDevices.TestResult read = card.get();
            assertThat(read.ok()).as(read.toString()).isTrue();
            assertThat(read.args()).containsExactly("RESIDENT_ID", "3306**********1256");

            CompletableFuture<AdminDevices.TestResult> scan = CompletableFuture.supplyAsync(() -> devices.testScan(Duration.ofSeconds(10)));
            Thread.sleep(300);
            rack.find("qr-scanner", SerialScannerSimulator.class).orElseThrow().present("KIOSK-SCAN-TEST");
            assertThat(scan.get().args()).containsExactly("15", "SERIAL");

            assertThat(devices.testScan(Duration.ofMillis(300))).isEqualTo(AdminDevices.TestResult.of(false, "admin.test.no-scan", 0));
            assertThat(devices.testPrint("nope").key()).isEqualTo("admin.test.no-device");
        }
    }

    @Test
    void anAdminActionReachesTheBackendStubWithTimeAndStaffId() throws Exception {
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(2).build())) {
            KioskConfig config = DemoConfig.load();
            config = config.withBackend(config.backend().withBaseUrl(stub.baseUrl()));
            HttpAdminReporter reporter = HttpAdminReporter.of(config);
            try (AuditStore store = AuditStore.open(dir.resolve("kiosk.db"));
                 AdminAudit audit = new AdminAudit(store, reporter, config.kioskId(), Clock.systemUTC())) {
                AuditRecord record = audit.record("S-0001", AdminAction.SERVICE_DISABLED, "traffic.fines", "admin.reason.maintenance");
                await().atMost(Duration.ofSeconds(10)).until(() -> audit.unsent().isEmpty());
                var http = java.net.http.HttpClient.newHttpClient();
                var response = http.send(java.net.http.HttpRequest.newBuilder(
                                stub.baseUrl().resolve("/api/v1/fleet/kiosks/" + config.kioskId() + "/staff-actions"))
                        .header("X-Kiosk-Id", config.kioskId()).header("Authorization", "Bearer " + config.backend().apiKey()).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"staffId\":\"S-0001\"", "\"action\":\"SERVICE_DISABLED\"",
                        "\"subject\":\"traffic.fines\"", "\"sequence\":" + record.id());
                // sent again (the answer lost, say): the same key, recorded once
                reporter.send(config.kioskId(), record);
                var again = http.send(java.net.http.HttpRequest.newBuilder(
                                stub.baseUrl().resolve("/api/v1/fleet/kiosks/" + config.kioskId() + "/staff-actions"))
                        .header("X-Kiosk-Id", config.kioskId()).header("Authorization", "Bearer " + config.backend().apiKey()).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(List.of(again.body().split("\"actionId\""))).hasSize(2);
            }
        }
    }
}
