package kiosk.peripherals.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.printer.Receipt;
import kiosk.peripherals.printer.escpos.EscPosPrinter;
import kiosk.peripherals.printer.escpos.EscPosSettings;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.ScannedCode;
import kiosk.peripherals.scanner.serial.Delimiter;
import kiosk.peripherals.scanner.serial.SerialScanner;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import kiosk.peripherals.sim.SimulatorServer;
import org.junit.jupiter.api.Test;

/** The serial drivers through jSerialComm on a real tty (a pseudo-terminal bridged to the simulators). */
class SerialDevicesOverPtyTest {

    @Test
    void escPosPrinterOverASerialPort() throws Exception {
        EscPosPrinterSimulator sim = new EscPosPrinterSimulator();
        try (SimulatorServer server = SimulatorServer.start(sim, 0)) {
            PtyBridge pty = PtyBridge.open(server.port());
            assumeTrue(pty != null, "python3 with pty support is needed for a tty without hardware");
            try (pty) {
                EscPosPrinter printer = new EscPosPrinter("serial-printer", new SerialTransport(pty.device(), 115200),
                        EscPosSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10))); // a pty relay through python: slower than a UART on a loaded machine
                try {
                    printer.open();
                    assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
                    assertThat(printer.print(Receipt.builder().title("串口打印").pair("金额", "¥5.00").qr("SERIAL-OK")
                            .build()).confirmed()).isTrue();
                    assertThat(sim.lastReceipt().text()).contains("串口打印").contains("[QR M] SERIAL-OK");
                    sim.openCover();
                    await().atMost(Duration.ofSeconds(3)).until(() -> "printer.cover-open".equals(printer.status().reason()));
                } finally {
                    printer.close();
                }
            }
        }
    }

    @Test
    void serialScannerOverASerialPort() throws Exception {
        SerialScannerSimulator sim = new SerialScannerSimulator(Delimiter.CRLF);
        try (SimulatorServer server = SimulatorServer.start(sim, 0)) {
            PtyBridge pty = PtyBridge.open(server.port());
            assumeTrue(pty != null, "python3 with pty support is needed for a tty without hardware");
            try (pty) {
                SerialScanner scanner = new SerialScanner("serial-qr", new SerialTransport(pty.device(), 9600),
                        new SerialScanner.Settings(Delimiter.CRLF, PayloadPolicy.standard(), Duration.ofMillis(500),
                                Duration.ofMillis(200)));
                List<ScannedCode> codes = new CopyOnWriteArrayList<>();
                scanner.subscribe(e -> {
                    if (e instanceof DeviceEvent.Data<?> d && d.payload() instanceof ScannedCode c) {
                        codes.add(c);
                    }
                });
                try {
                    scanner.open();
                    // The pty bridge connects to the simulator on its own thread: a code shown before that is lost.
                    await().atMost(Duration.ofSeconds(10)).until(server::serving);
                    sim.present("缴费码-SERIAL".getBytes(java.nio.charset.StandardCharsets.UTF_8), 3, Duration.ofMillis(10));
                    await().atMost(Duration.ofSeconds(3)).until(() -> codes.size() == 1);
                    assertThat(codes.get(0).text()).isEqualTo("缴费码-SERIAL");
                } finally {
                    scanner.close();
                }
            }
        }
    }

    /** The far end of the tty vanishing (cable pulled) must surface as a closed port, not a silent one. */
    @Test
    void aVanishedPortIsNoDevice() throws Exception {
        SerialScannerSimulator sim = new SerialScannerSimulator(Delimiter.CR);
        try (SimulatorServer server = SimulatorServer.start(sim, 0)) {
            PtyBridge pty = PtyBridge.open(server.port());
            assumeTrue(pty != null, "python3 with pty support is needed for a tty without hardware");
            SerialScanner scanner = new SerialScanner("serial-qr", new SerialTransport(pty.device(), 9600),
                    new SerialScanner.Settings(Delimiter.CR, PayloadPolicy.standard(), Duration.ofMillis(500),
                            Duration.ofMillis(200)));
            try {
                scanner.open();
                assertThat(scanner.status().state()).isEqualTo(DeviceState.ONLINE);
                pty.close();
                await().atMost(Duration.ofSeconds(5)).until(() -> scanner.status().state() == DeviceState.NO_DEVICE);
                assertThat(scanner.status().reason()).isEqualTo("scanner.unplugged");
            } finally {
                scanner.close();
            }
        }
    }
}
