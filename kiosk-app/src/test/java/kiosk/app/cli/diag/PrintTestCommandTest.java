package kiosk.app.cli.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import kiosk.app.cli.KioskCli;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.sim.SimulatorServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PrintTestCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new KioskCli()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void withoutTargetTheSimulatorPrintsAndTheImageIsSaved() throws Exception {
        Path png = dir.resolve("t.png");
        int code = run("diag", "print-test", "--png", png.toString(), "--width", "384", "--lang", "en");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Status before: ONLINE").contains("confirmed by the printer")
                .contains("Status after:  ONLINE").contains("打印测试").contains("繁體中文")
                .contains("[QR M] KIOSK-PRINT-TEST");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(384);
    }

    @Test
    void onAGb2312PrinterLinesOutsideItsCharsetPrintAsImages() {
        int code = run("diag", "print-test", "--png", dir.resolve("g.png").toString(), "--encoding", "GB2312", "--lang", "en");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("简体中文：公安自助服务终端").doesNotContain("繁體中文")
                .contains("[image 576x24]").doesNotContain("?");
    }

    @Test
    void printsOnThePrinterOfAKioskConfiguration() throws Exception {
        EscPosPrinterSimulator sim = new EscPosPrinterSimulator();
        try (SimulatorServer server = SimulatorServer.start(sim, 0)) {
            Path yaml = dir.resolve("kiosk.yaml");
            java.nio.file.Files.writeString(yaml, """
                    kiosk-id: KIOSK-0042
                    mode: demo
                    backend:
                      url: http://127.0.0.1:8088
                      api-key: k
                    devices:
                      - id: lobby-printer
                        kind: receipt-printer
                        driver: escpos-tcp
                        settings:
                          address: %s
                    """.formatted(server.address()));
            int code = run("diag", "print-test", "--config", yaml.toString(), "--device", "lobby-printer", "--lang", "en");
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Printer: lobby-printer (escpos-tcp)").contains("confirmed by the printer");
            assertThat(sim.lastReceipt().text()).contains("打印测试");
            assertThat(run("diag", "print-test", "--config", yaml.toString(), "--device", "nope", "--lang", "en")).isEqualTo(2);
            assertThat(err.toString()).contains("No printer 'nope'");
        }
    }

    @Test
    void printsToATcpPrinter() throws Exception {
        EscPosPrinterSimulator sim = new EscPosPrinterSimulator(
                EscPosPrinterSimulator.Config.DEFAULT.withCharset(kiosk.peripherals.printer.escpos.PrinterCharset.BIG5));
        try (SimulatorServer server = SimulatorServer.start(sim, 0)) {
            int code = run("diag", "print-test", "--to", "tcp:" + server.address(), "--encoding", "BIG5", "--lang", "en");
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("tcp:127.0.0.1").contains("confirmed by the printer");
            assertThat(sim.lastReceipt().text()).contains("繁體中文").contains("English: police self-service kiosk");
        }
    }

    @Test
    void printsToATcpPrinterWithoutGsRAndExitsZero() throws Exception {
        EscPosPrinterSimulator sim = new EscPosPrinterSimulator();
        sim.setAnswersPaperStatus(false); // answers DLE EOT only, as some ESC/POS models do
        try (SimulatorServer server = SimulatorServer.start(sim, 0)) {
            long t0 = System.nanoTime();
            int code = run("diag", "print-test", "--to", "tcp:" + server.address(), "--lang", "en");
            assertThat(code).as(out + "\n" + err).isZero();
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(15));
            assertThat(out.toString()).contains("confirmed by the printer");
            assertThat(sim.lastReceipt().complete()).isTrue();
        }
    }

    @Test
    void aMissingPrinterIsReportedNotThrown() {
        int code = run("diag", "print-test", "--to", "tcp:127.0.0.1:1", "--lang", "en");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Status before: NO_DEVICE").contains("printer.unavailable");
    }

    @Test
    void aMalformedTargetIsAUsageError() {
        assertThat(run("diag", "print-test", "--to", "lp0", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("tcp:HOST:PORT");
    }
}
