package kiosk.app.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Renders a QR code (ZXing) into a JavaFX image with a quiet zone, crisp at the requested size. */
public final class QrImages {

    private QrImages() {
    }

    private static String lastKey;
    private static WritableImage last;

    /**
     * FX thread. The last image is kept: the payment screen re-renders every second for its countdown
     * and shows the same code each time.
     */
    public static WritableImage render(String payload, int sizePx) {
        String key = sizePx + ":" + payload;
        if (key.equals(lastKey)) {
            return last;
        }
        WritableImage image = draw(payload, sizePx);
        lastKey = key;
        last = image;
        return image;
    }

    private static WritableImage draw(String payload, int sizePx) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload cannot be encoded as a QR code", e);
        }
        int modules = matrix.getWidth();
        int scale = Math.max(1, sizePx / modules);
        WritableImage image = new WritableImage(modules * scale, modules * scale);
        PixelWriter out = image.getPixelWriter();
        for (int y = 0; y < modules * scale; y++) {
            for (int x = 0; x < modules * scale; x++) {
                out.setColor(x, y, matrix.get(x / scale, y / scale) ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
