package kiosk.app.cli.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kiosk.app.cli.KioskCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DecodeQrCommandTest {

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

    private Path qr(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300,
                Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        MatrixToImageWriter.writeToPath(matrix, name.endsWith(".png") ? "png" : "jpg", file);
        return file;
    }

    @Test
    void decodesEachFileWithItsTime() throws Exception {
        Path first = qr("pay.png", "https://qr.alipay.com/bax01234");
        Path second = qr("appointment.jpg", "预约编号：2026112900017");
        Path blank = dir.resolve("blank.png");
        MatrixToImageWriter.writeToPath(new com.google.zxing.common.BitMatrix(200, 200), "png", blank);

        assertThat(run("diag", "decode-qr", first.toString(), second.toString(), blank.toString())).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith(first + ": decoded in ").endsWith(": https://qr.alipay.com/bax01234").contains(" ms (UTF-8, attempt ");
        assertThat(lines[1]).startsWith(second + ": decoded in ").endsWith(": 预约编号：2026112900017");
        assertThat(lines[2]).startsWith(blank + ": no QR code found in ").contains("200x200");
    }

    @Test
    void anUnreadableFileIsReportedAndMakesTheExitCodeNonZero() throws Exception {
        Path good = qr("good.png", "KIOSK:APPT:1");
        Path garbage = Files.write(dir.resolve("garbage.png"), new byte[] {1, 2, 3, 4});
        Path missing = dir.resolve("missing.png");
        assertThat(run("diag", "decode-qr", garbage.toString(), good.toString(), missing.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(good + ": decoded in ").contains("KIOSK:APPT:1");
        assertThat(err.toString()).contains(garbage + ": cannot read: not a readable image")
                .contains(missing + ": cannot read: no such file");
    }

    @Test
    void anOversizedPayloadIsReportedAsRejected() throws Exception {
        Path big = qr("big.png", "A".repeat(64));
        assertThat(run("diag", "decode-qr", "--max-bytes", "16", big.toString())).isZero();
        assertThat(out.toString()).contains("payload rejected").contains("scanner.payload-too-large");
    }

    @Test
    void controlCharactersArePrintedEscaped() {
        assertThat(DecodeQrCommand.printable("a\u001b[2Jb\n")).isEqualTo("a\\u001B[2Jb\\u000A");
    }
}
