package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.util.Arrays;
import kiosk.peripherals.printer.Receipt;
import org.junit.jupiter.api.Test;

class EscPosCommandsTest {

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void simpleCommandsMatchTheReference() {
        assertThat(new EscPosCommands().initialize().toByteArray()).containsExactly(bytes(0x1B, 0x40));
        assertThat(new EscPosCommands().chineseModeOn().chineseModeOff().toByteArray())
                .containsExactly(bytes(0x1C, 0x26, 0x1C, 0x2E));
        assertThat(new EscPosCommands().bold(true).bold(false).toByteArray())
                .containsExactly(bytes(0x1B, 0x45, 1, 0x1B, 0x45, 0));
        assertThat(new EscPosCommands().size(2, 2).size(1, 3).size(8, 8).toByteArray())
                .containsExactly(bytes(0x1D, 0x21, 0x11, 0x1D, 0x21, 0x02, 0x1D, 0x21, 0x77));
        assertThat(new EscPosCommands().align(0).align(1).align(2).toByteArray())
                .containsExactly(bytes(0x1B, 0x61, 0, 0x1B, 0x61, 1, 0x1B, 0x61, 2));
        assertThat(new EscPosCommands().lineFeed().feedLines(3).toByteArray())
                .containsExactly(bytes(0x0A, 0x1B, 0x64, 3));
        assertThat(new EscPosCommands().feedAndCut(0).toByteArray()).containsExactly(bytes(0x1D, 0x56, 66, 0));
        assertThat(new EscPosCommands().automaticStatusBack(0x0E).transmitPaperStatus().toByteArray())
                .containsExactly(bytes(0x1D, 0x61, 0x0E, 0x1D, 0x72, 1));
        assertThat(EscPosCommands.realtimeStatus(4)).containsExactly(bytes(0x10, 0x04, 4));
        assertThatThrownBy(() -> EscPosCommands.realtimeStatus(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPosCommands().size(9, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void qrIsModelTwoModuleSizeLevelStoreAndPrint() {
        byte[] got = new EscPosCommands().qr("AB".getBytes(), 'Q', 6).toByteArray();
        assertThat(got).containsExactly(bytes(
                0x1D, 0x28, 0x6B, 4, 0, 0x31, 0x41, 0x32, 0,
                0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x43, 6,
                0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x45, 50,
                0x1D, 0x28, 0x6B, 5, 0, 0x31, 0x50, 0x30, 'A', 'B',
                0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x51, 0x30));
        byte[] big = new EscPosCommands().qr(new byte[300], 'H', 3).toByteArray();
        // store header length = 303 = 0x012F, little endian
        assertThat(Arrays.copyOfRange(big, 25, 32)).containsExactly(bytes(0x1D, 0x28, 0x6B, 0x2F, 0x01, 0x31, 0x50));
        assertThat(big[24]).isEqualTo((byte) 51);
    }

    @Test
    void rasterKeepsTheExactHeightAndPacksBitsMsbFirst() {
        BufferedImage img = new BufferedImage(10, 37, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 37; y++) {
            for (int x = 0; x < 10; x++) {
                img.setRGB(x, y, Color.WHITE.getRGB());
            }
        }
        img.setRGB(0, 0, Color.BLACK.getRGB());
        img.setRGB(9, 36, Color.BLACK.getRGB());
        byte[] got = new EscPosCommands().raster(img).toByteArray();
        assertThat(Arrays.copyOf(got, 8)).containsExactly(bytes(0x1D, 0x76, 0x30, 0, 2, 0, 37, 0));
        assertThat(got).hasSize(8 + 2 * 37);
        assertThat(got[8]).isEqualTo((byte) 0x80);
        assertThat(got[8 + 2 * 36 + 1]).isEqualTo((byte) 0x40);
    }

    @Test
    void tallImagesAreSplitIntoBandsWithoutRounding() {
        BufferedImage img = new BufferedImage(8, 1000, BufferedImage.TYPE_INT_RGB);
        byte[] got = new EscPosCommands().raster(img).toByteArray();
        assertThat(Arrays.copyOf(got, 8)).containsExactly(bytes(0x1D, 0x76, 0x30, 0, 1, 0, 0xC0, 0x03)); // 960
        int second = 8 + 960;
        assertThat(Arrays.copyOfRange(got, second, second + 8)).containsExactly(bytes(0x1D, 0x76, 0x30, 0, 1, 0, 40, 0));
        assertThat(got).hasSize(8 + 960 + 8 + 40);
    }

    @Test
    void receiptEncodingUsesThePrinterCharsetAndEndsWithACutAtLineStart() {
        EscPosEncoder encoder = new EscPosEncoder(PrinterCharset.GB18030, 384, true);
        byte[] got = encoder.encode(Receipt.builder().text("缴费 OK").build());
        byte[] text = "缴费 OK".getBytes(Charset.forName("GB18030"));
        assertThat(Arrays.copyOf(got, 4)).containsExactly(bytes(0x1B, 0x40, 0x1C, 0x26));
        assertThat(indexOf(got, text)).isPositive();
        assertThat(got[indexOf(got, text) + text.length]).isEqualTo((byte) 0x0A);
        assertThat(Arrays.copyOfRange(got, got.length - 4, got.length)).containsExactly(bytes(0x1D, 0x56, 66, 0));
        assertThat(got[got.length - 5]).isEqualTo((byte) 3); // ESC d 3 before the cut: line start
    }

    @Test
    void keyValueLinesFillThePaperWidthCountingCjkDouble() {
        EscPosEncoder encoder = new EscPosEncoder(PrinterCharset.GB18030, 384, false);
        byte[] got = encoder.encode(Receipt.builder().pair("金额", "200.00").build());
        String expected = "金额" + " ".repeat(32 - 4 - 6) + "200.00";
        assertThat(indexOf(got, expected.getBytes(Charset.forName("GB18030")))).isPositive();
        assertThat(TextWidth.keyValue("姓名", "很长的名字".repeat(8), 32)).hasSizeGreaterThan(2)
                .allSatisfy(l -> assertThat(TextWidth.width(l)).isLessThanOrEqualTo(32));
    }

    @Test
    void bigFiveTextIsEncodedInBigFive() {
        EscPosEncoder encoder = new EscPosEncoder(PrinterCharset.BIG5, 576, true);
        byte[] got = encoder.encode(Receipt.builder().text("繳費成功").build());
        assertThat(indexOf(got, "繳費成功".getBytes(Charset.forName("Big5")))).isPositive();
    }

    @Test
    void aRareCharacterLineBecomesARasterImageInsteadOfQuestionMarks() {
        EscPosEncoder gb2312 = new EscPosEncoder(PrinterCharset.GB2312, 384, true);
        byte[] got = gb2312.encode(Receipt.builder().text("刘䶮").text("张伟").build());
        assertThat(indexOf(got, bytes(0x1D, 0x76, 0x30, 0, 48, 0, 24, 0))).isPositive(); // 384 dots = 48 bytes, 24 rows
        assertThat(indexOf(got, "张伟".getBytes(Charset.forName("GB2312")))).isPositive();
        assertThat(indexOf(withoutRasters(got), "?".getBytes())).as("no '?' among the text bytes").isNegative();
        EscPosEncoder gb18030 = new EscPosEncoder(PrinterCharset.GB18030, 384, true);
        assertThat(indexOf(gb18030.encode(Receipt.builder().text("刘䶮").build()), bytes(0x1D, 0x76, 0x30)))
                .as("Ext-A is in a GB18030 printer's font").isNegative();
        assertThat(indexOf(gb18030.encode(Receipt.builder().pair("姓名", "王\uD86D\uDCE7明").build()),
                bytes(0x1D, 0x76, 0x30))).as("outside the BMP never is").isPositive();
    }

    /** The bytes with every GS v 0 image (header and dot data) taken out: a dot row may well be 0x3F. */
    static byte[] withoutRasters(byte[] in) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < in.length; i++) {
            if (i + 7 < in.length && in[i] == 0x1D && in[i + 1] == 'v' && in[i + 2] == '0') {
                int widthBytes = (in[i + 4] & 0xFF) | (in[i + 5] & 0xFF) << 8;
                int rows = (in[i + 6] & 0xFF) | (in[i + 7] & 0xFF) << 8;
                i += 7 + widthBytes * rows;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
