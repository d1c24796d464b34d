package kiosk.app.cli.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import kiosk.app.cli.KioskCli;
import kiosk.peripherals.printer.PrintTest;
import kiosk.peripherals.printer.escpos.EscPosEncoder;
import kiosk.peripherals.printer.escpos.PrinterCharset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderEscPosCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new KioskCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void rendersACapturedStreamToTextAndPng() throws Exception {
        Path bin = dir.resolve("receipt.bin");
        Files.write(bin, new EscPosEncoder(PrinterCharset.GB18030, 576, true)
                .encode(PrintTest.receipt(LocalDateTime.of(2026, 1, 2, 3, 4, 5))));
        Path png = dir.resolve("receipt.png");
        assertThat(run("diag", "render-escpos", bin.toString(), "--png", png.toString())).isZero();
        assertThat(out.toString()).contains("打印测试").contains("简体中文：公安自助服务终端")
                .contains("时间 Time").contains("2026-01-02 03:04:05").contains("----- cut -----");
        assertThat(err.toString()).contains("1 receipt(s)");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(576);
    }

    @Test
    void aMissingFileOrBadEncodingIsAUsageError() throws Exception {
        assertThat(run("diag", "render-escpos", dir.resolve("none.bin").toString())).isEqualTo(2);
        Path bin = Files.write(dir.resolve("x.bin"), new byte[] {0x1B, 0x40});
        assertThat(run("diag", "render-escpos", bin.toString(), "--encoding", "latin1")).isEqualTo(2);
        assertThat(err.toString()).contains("No such file").contains("unknown printer encoding");
    }
}
