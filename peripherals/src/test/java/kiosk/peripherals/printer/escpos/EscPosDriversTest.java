package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.printer.Printer;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.scanner.serial.SerialScanner;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import kiosk.peripherals.sim.SimulatorRack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscPosDriversTest {

    @TempDir
    Path dir;

    @Test
    void theStandardCatalogBuildsPrintersAndScannersFromSpecs() throws Exception {
        try (SimulatorRack rack = new SimulatorRack()) {
            DriverCatalog catalog = DriverCatalog.standard(rack);
            assertThat(catalog.drivers()).contains("escpos-simulator", "escpos-tcp", "escpos-serial", "escpos-usb",
                    "a4-pdf", "serial-scanner", "serial-scanner-simulator");
            Device printer = catalog.create(new DeviceSpec("receipt", DeviceKind.RECEIPT_PRINTER, "escpos-simulator",
                    Map.of("encoding", "GB2312", "paper-width-dots", "384", "paper-length-mm", "1000")));
            printer.open();
            assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
            ((Printer) printer).print(EscPosPrinterSimulatorTest.sample());
            EscPosPrinterSimulator sim = rack.find("receipt", EscPosPrinterSimulator.class).orElseThrow();
            assertThat(sim.config().charset()).isEqualTo(PrinterCharset.GB2312);
            assertThat(sim.lastReceipt().image().getWidth()).isEqualTo(384);
            printer.close();

            Device scanner = catalog.create(new DeviceSpec("qr", DeviceKind.QR_SCANNER, "serial-scanner-simulator",
                    Map.of("delimiter", "CRLF")));
            assertThat(scanner).isInstanceOf(SerialScanner.class);
            assertThat(rack.find("qr", SerialScannerSimulator.class)).isPresent();

            Device a4 = catalog.create(new DeviceSpec("a4", DeviceKind.DOCUMENT_PRINTER, "a4-pdf",
                    Map.of("spool-dir", dir.toString())));
            a4.open();
            assertThat(a4.status().state()).isEqualTo(DeviceState.ONLINE);
        }
    }

    @Test
    void badSettingsAreTypedConfigurationErrors() {
        try (SimulatorRack rack = new SimulatorRack()) {
            DriverCatalog catalog = DriverCatalog.standard(rack);
            assertThatThrownBy(() -> catalog.create(new DeviceSpec("p", DeviceKind.RECEIPT_PRINTER, "escpos-tcp",
                    Map.of()))).isInstanceOfSatisfying(DeviceException.class,
                            e -> assertThat(e.reason()).isEqualTo("config.missing-setting"));
            assertThatThrownBy(() -> catalog.create(new DeviceSpec("p", DeviceKind.RECEIPT_PRINTER, "escpos-simulator",
                    Map.of("encoding", "latin1")))).isInstanceOfSatisfying(DeviceException.class,
                            e -> assertThat(e.reason()).isEqualTo("config.bad-setting"));
            assertThatThrownBy(() -> catalog.create(new DeviceSpec("s", DeviceKind.QR_SCANNER, "serial-scanner",
                    Map.of("port", "/dev/ttyX", "delimiter", "TAB")))).isInstanceOfSatisfying(DeviceException.class,
                            e -> assertThat(e.reason()).isEqualTo("config.bad-setting"));
        }
    }

    @Test
    void aTcpPrinterAddressDefaultsToPort9100() throws DeviceException {
        try (SimulatorRack rack = new SimulatorRack()) {
            EscPosPrinter p = EscPosDrivers.tcp(new DeviceSpec("p", DeviceKind.RECEIPT_PRINTER, "escpos-tcp",
                    Map.of("address", "192.0.2.10")));
            assertThat(p.describeLink()).isEqualTo("tcp:192.0.2.10:9100");
        }
    }

    @Test
    void timeoutsReadAsDurationsOrMilliseconds() throws DeviceException {
        EscPosSettings s = EscPosSettings.from(new DeviceSpec("p", DeviceKind.RECEIPT_PRINTER, "escpos-tcp",
                Map.of("write-timeout", "2s", "status-timeout", "750ms", "completion-timeout-ms", "30000")));
        assertThat(s.writeTimeout()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(s.statusTimeout()).isEqualTo(java.time.Duration.ofMillis(750));
        assertThat(s.completionTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(EscPosSettings.from(new DeviceSpec("p", DeviceKind.RECEIPT_PRINTER, "escpos-tcp", Map.of())))
                .isEqualTo(EscPosSettings.DEFAULT);
        assertThatThrownBy(() -> EscPosSettings.from(new DeviceSpec("p", DeviceKind.RECEIPT_PRINTER, "escpos-tcp",
                Map.of("write-timeout", "soon")))).isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.getMessage()).contains("write-timeout"));
    }
}
