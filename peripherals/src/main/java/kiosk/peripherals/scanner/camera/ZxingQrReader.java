package kiosk.peripherals.scanner.camera;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ZXing's QR reader, asked for the payload bytes rather than its guess at the text: byte segments are read as
 * ISO-8859-1, which maps every byte to one char, so the original bytes come back exactly and the charset rule
 * (UTF-8, else GB18030) is applied by the payload policy, not by ZXing's Shift_JIS-prone guessing. When the
 * code declares its charset with an ECI, ZXing has already decoded the text correctly and we keep it as UTF-8.
 */
final class ZxingQrReader {

    private static final Map<DecodeHintType, Object> FAST = hints(false);
    private static final Map<DecodeHintType, Object> HARDER = hints(true);

    private final QRCodeReader reader = new QRCodeReader();

    /** The payload bytes, or empty when no code was found or it failed its checks. */
    Optional<byte[]> read(BinaryBitmap bitmap, boolean tryHarder) {
        try {
            Result result = reader.decode(bitmap, tryHarder ? HARDER : FAST);
            return Optional.of(payloadBytes(result.getText()));
        } catch (NotFoundException | ChecksumException | FormatException miss) {
            return Optional.empty();
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | IllegalStateException zxingBug) {
            // ZXing occasionally trips over degenerate finder geometry on garbage input; that is a miss too.
            return Optional.empty();
        }
    }

    private static byte[] payloadBytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return text.getBytes(StandardCharsets.UTF_8); // ECI-declared charset, already decoded
            }
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Map<DecodeHintType, Object> hints(boolean tryHarder) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name());
        if (tryHarder) {
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        }
        return Map.copyOf(hints);
    }
}
