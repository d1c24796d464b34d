package kiosk.peripherals.printer.escpos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import kiosk.peripherals.printer.escpos.PrinterCharset;
import org.junit.jupiter.api.Test;

/** Commands other point-of-sale software sends: GS k barcodes and ESC * column bit images (logos). */
class BarcodeAndBitImageTest {

    @Test
    void aCode128BarcodeIsDrawnAndReadsBack() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {0x1B, '@', 0x1D, 'h', 80, 0x1D, 'w', 2, 0x1D, 'k', 73, 11});
        bytes.write("{B123456789".getBytes(StandardCharsets.US_ASCII));
        bytes.write(new byte[] {0x1D, 'V', 66, 0});
        EscPosRenderer.Rendering r = EscPosRenderer.render(bytes.toByteArray(), PrinterCharset.GB18030, 576);
        assertThat(r.text()).contains("[barcode CODE_128] 123456789");
        assertThat(r.anomalies().unknownCommands()).isZero();
        var image = r.receipts().get(0).image();
        var read = new Code128Reader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(read.getText()).isEqualTo("123456789");
    }

    @Test
    void aLogoOfColumnBandsIsDrawnWithoutGapsBetweenBands() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {0x1B, '@', 0x1B, '3', 24}); // line spacing = band height, as logo printers do
        for (int band = 0; band < 2; band++) {
            bytes.write(new byte[] {0x1B, '*', 33, 10, 0});
            for (int column = 0; column < 10; column++) {
                bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}); // 24 black dots
            }
            bytes.write('\n');
        }
        bytes.write(new byte[] {0x1D, 'V', 66, 0});
        EscPosRenderer.Rendering r = EscPosRenderer.render(bytes.toByteArray(), PrinterCharset.GB18030, 576);
        assertThat(r.text()).contains("[bit image 10x24]");
        var image = r.receipts().get(0).image();
        int firstBlack = -1;
        int lastBlack = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            if ((image.getRGB(5, y) & 0xFFFFFF) == 0) {
                firstBlack = firstBlack < 0 ? y : firstBlack;
                lastBlack = y;
            }
        }
        assertThat(lastBlack - firstBlack + 1).as("two 24-dot bands, touching").isEqualTo(48);
        for (int y = firstBlack; y <= lastBlack; y++) {
            assertThat(image.getRGB(5, y) & 0xFFFFFF).as("row " + y).isZero();
        }
    }

    @Test
    void dataASymbologyRejectsPrintsNothingAndIsCounted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {0x1D, 'k', 67, 3, 'a', 'b', 'c'}); // EAN-13 of letters
        bytes.write("after\n".getBytes(StandardCharsets.US_ASCII));
        EscPosRenderer.Rendering r = EscPosRenderer.render(bytes.toByteArray(), PrinterCharset.GB18030, 576);
        assertThat(r.text()).contains("after").doesNotContain("[barcode");
        assertThat(r.anomalies().unknownCommands()).isEqualTo(1);
    }
}
