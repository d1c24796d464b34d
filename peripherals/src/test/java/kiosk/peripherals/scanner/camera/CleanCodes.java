package kiosk.peripherals.scanner.camera;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Sharp, centred QR codes for payload tests, where the image is not what is being tested. */
final class CleanCodes {

    private CleanCodes() {
    }

    /** A frame showing these payload bytes in byte mode, without an ECI (as most wallet apps write them). */
    static LumaFrame of(byte[] payload, int moduleSize) {
        try {
            ByteMatrix modules = Encoder.encode(new String(payload, StandardCharsets.ISO_8859_1), ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1")).getMatrix();
            return render(modules, moduleSize);
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload does not fit a QR code", e);
        }
    }

    private static LumaFrame render(ByteMatrix modules, int moduleSize) {
        int quiet = 4;
        int n = modules.getWidth();
        int side = (n + 2 * quiet) * moduleSize;
        byte[] pixels = new byte[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / moduleSize - quiet;
                int my = y / moduleSize - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < n && my < n && modules.get(mx, my) == 1;
                pixels[y * side + x] = (byte) (dark ? 20 : 235);
            }
        }
        return new LumaFrame(side, side, pixels);
    }
}
