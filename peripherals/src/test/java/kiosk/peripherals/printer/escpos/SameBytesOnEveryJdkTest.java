package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kiosk.peripherals.printer.Receipt;
import org.junit.jupiter.api.Test;

/**
 * The bytes a printer receives depend on the receipt and the printer's settings, never on the JDK:
 * digests recorded once (on JDK 17) must come out the same on every supported JDK (CI runs this on 17
 * and 25), and GB18030 gives the 2022 edition's codes whatever the JDK's own GB18030 is set to.
 */
class SameBytesOnEveryJdkTest {

    /** Receipt with rare characters (raster lines), bold, scaled and a key/value raster. */
    static byte[] sample(PrinterCharset charset) {
        Receipt receipt = Receipt.builder()
                .text("刘䶮").text("张伟")
                .text("王\uD86D\uDCE7明", Receipt.Align.CENTER, true, 2)
                .pair("姓名", "王\uD86D\uDCE7明")
                .build();
        return new EscPosEncoder(charset, 384, true).encode(receipt);
    }

    @Test
    void rasterisedLinesAreTheSameDotsOnEveryJdk() {
        assertThat(sha256(sample(PrinterCharset.GB2312))).as("GB2312 receipt on Java " + Runtime.version())
                .isEqualTo(GOLDEN_GB2312);
        assertThat(sha256(sample(PrinterCharset.GB18030))).as("GB18030 receipt on Java " + Runtime.version())
                .isEqualTo(GOLDEN_GB18030);
    }

    @Test
    void gb18030EditionIsPinnedTo2022() throws Exception {
        assertThat(hex(PrinterCharset.GB18030.encode(EDITION_PROBE))).isEqualTo(EDITION_PROBE_2022);
        // The same in a JVM whose own GB18030 is the 2000 edition.
        assertThat(inChildJvm("-Djdk.charset.GB18030=2000")).isEqualTo(EDITION_PROBE_2022);
        for (var e : PrinterCharset.GB18030_2022_CODES.entrySet()) {
            assertThat(PrinterCharset.GB18030.canPrint(Character.toString(e.getKey()))).isTrue();
        }
        assertThat(PrinterCharset.GB18030.canPrint("\uE81E")).as("private use never prints").isFalse();
    }

    static final String EDITION_PROBE = "刘\u9FB4\uFE10䶮\u9FBB";
    static final String EDITION_PROBE_2022 = "c1f5fe59a6d9fe9ffea0";
    static final String GOLDEN_GB2312 = "83ed9f831e6e560b06a9786e171b9d343b72417c8b309e0fc7330911a4207f3b";
    static final String GOLDEN_GB18030 = "216d2b5ef3ee6e664cd7db9bf61a512c2918d89dad52fa15cb94ac431f3371d9";

    /** Child JVM entry: prints the GB18030 bytes of the probe. */
    public static void main(String[] args) {
        System.out.println(hex(PrinterCharset.GB18030.encode(EDITION_PROBE)));
    }

    private static String inChildJvm(String option) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                option, "-cp", System.getProperty("java.class.path"), SameBytesOnEveryJdkTest.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static String sha256(byte[] b) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
