package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.printer.Printer;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.sim.SimulatorRack;
import org.junit.jupiter.api.Test;

/** The printer and scanner as the kiosk runs them: built from specs and watched by the device manager. */
class ManagedPeripheralsTest {

    @Test
    void theManagerSeesPrinterFaultsAndUnplugAndBringsEverythingBack() throws Exception {
        try (SimulatorRack rack = new SimulatorRack();
             DeviceManager manager = new DeviceManager(DriverCatalog.standard(rack), Duration.ofMillis(100))) {
            manager.start(List.of(
                    new DeviceSpec("receipt-printer", DeviceKind.RECEIPT_PRINTER, "escpos-simulator",
                            Map.of("paper-width-dots", "384")),
                    new DeviceSpec("qr-scanner", DeviceKind.QR_SCANNER, "serial-scanner-simulator", Map.of())));
            await().atMost(Duration.ofSeconds(3)).until(() -> manager.snapshot().values().stream()
                    .allMatch(s -> s.state() == DeviceState.ONLINE));

            EscPosPrinterSimulator sim = rack.find("receipt-printer", EscPosPrinterSimulator.class).orElseThrow();
            sim.openCover();
            await().atMost(Duration.ofSeconds(3)).until(() ->
                    "printer.cover-open".equals(manager.snapshot().get("receipt-printer").reason()));
            sim.closeCover();

            rack.channel("receipt-printer").orElseThrow().unplug();
            rack.channel("qr-scanner").orElseThrow().unplug();
            await().atMost(Duration.ofSeconds(3)).until(() -> manager.snapshot().values().stream()
                    .allMatch(s -> s.state() == DeviceState.NO_DEVICE));
            rack.channel("receipt-printer").orElseThrow().replug();
            rack.channel("qr-scanner").orElseThrow().replug();
            await().atMost(Duration.ofSeconds(5)).until(() -> manager.snapshot().values().stream()
                    .allMatch(s -> s.state() == DeviceState.ONLINE));
            Printer printer = (Printer) manager.find("receipt-printer").orElseThrow();
            assertThat(printer.print(EscPosPrinterSimulatorTest.sample()).confirmed()).isTrue();
        }
    }
}
