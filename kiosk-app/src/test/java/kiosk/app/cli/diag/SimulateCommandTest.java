package kiosk.app.cli.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.sam.SamIdCardReader;
import kiosk.peripherals.idcard.sam.SamReaderOptions;
import kiosk.peripherals.printer.escpos.EscPosPrinter;
import kiosk.peripherals.printer.escpos.EscPosSettings;
import kiosk.peripherals.printer.PrintTest;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.ScannedCode;
import kiosk.peripherals.scanner.serial.Delimiter;
import kiosk.peripherals.scanner.serial.SerialScanner;
import kiosk.peripherals.transport.TcpTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private SimulateCommand parsed(String... args) {
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void printerSimulatorOverTcpSavesEachReceipt() throws Exception {
        Path receipts = dir.resolve("receipts");
        SimulateCommand cmd = parsed("printer", "--out", receipts.toString(), "--width", "384");
        try (SimulateCommand.Running running = cmd.start(SimulateCommand.Kind.PRINTER, new PrintWriter(out, true))) {
            assertThat(running.address()).startsWith("127.0.0.1:");
            EscPosPrinter printer = new EscPosPrinter("p", TcpTransport.parse(running.address(), Duration.ofSeconds(1)),
                    EscPosSettings.DEFAULT.withPaperWidthDots(384));
            try {
                printer.print(PrintTest.receipt(java.time.LocalDateTime.now()));
            } finally {
                printer.close();
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(receipts.resolve("receipt-1.png"))
                    && out.toString().contains("Receipt 1 ->")); // the line is written after the file
            assertThat(out.toString()).contains("Receipt 1 ->").contains("打印测试");
            assertThat(running.input("open-cover")).isEqualTo("ok");
            assertThat(running.input("what")).contains("paper-out");
        }
    }

    @Test
    void scannerSimulatorScansEachTypedLine() throws Exception {
        SimulateCommand cmd = parsed("scanner", "--delimiter", "CRLF");
        try (SimulateCommand.Running running = cmd.start(SimulateCommand.Kind.SCANNER, new PrintWriter(out, true))) {
            SerialScanner scanner = new SerialScanner("s", TcpTransport.parse(running.address(), Duration.ofSeconds(1)),
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
                assertThat(running.input("缴费码-42")).contains("scanned");
                await().atMost(Duration.ofSeconds(2)).until(() -> codes.size() == 1);
                assertThat(codes.get(0).text()).isEqualTo("缴费码-42");
            } finally {
                scanner.close();
            }
        }
    }

    @Test
    void samSimulatorServesTheDemoCards() throws Exception {
        SimulateCommand cmd = parsed("sam");
        try (SimulateCommand.Running running = cmd.start(SimulateCommand.Kind.SAM, new PrintWriter(out, true))) {
            assertThat(running.input("insert 4")).contains("card 4");
            SamIdCardReader reader = new SamIdCardReader("id", TcpTransport.parse(running.address(), Duration.ofSeconds(1)),
                    SamReaderOptions.defaults().withWatch(false)); // a one-shot read, as diag read-card does
            try {
                reader.open();
                CardIdentity card = reader.readCard(Duration.ofSeconds(3));
                assertThat(card).isInstanceOfSatisfying(ResidentIdCard.class,
                        r -> assertThat(r.name()).isEqualTo("刘\u4DAE"));
            } finally {
                reader.close();
            }
            assertThat(running.input("fault nonsense")).contains("CARD_REMOVED_MID_READ");
        }
    }
}
