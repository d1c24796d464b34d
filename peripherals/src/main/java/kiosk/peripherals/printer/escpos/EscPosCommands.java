package kiosk.peripherals.printer.escpos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

/**
 * Appends ESC/POS commands to a byte buffer, one method per command, exactly as the Epson command
 * reference gives them. The encoder composes receipts from these; tests check them byte by byte.
 */
public final class EscPosCommands {

    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte LF = 0x0A;

    /** Raster bands taller than this are split: printers buffer a band before printing it. */
    public static final int MAX_BAND_ROWS = 960;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    public int size() {
        return out.size();
    }

    private EscPosCommands put(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    /** ESC @: back to power-on settings, buffer cleared. */
    public EscPosCommands initialize() {
        return put(ESC, '@');
    }

    /** FS &amp;: Chinese character mode on (double-byte codes of the configured code system). */
    public EscPosCommands chineseModeOn() {
        return put(FS, '&');
    }

    /** FS .: Chinese character mode off. */
    public EscPosCommands chineseModeOff() {
        return put(FS, '.');
    }

    /** ESC E n: emphasized (bold). */
    public EscPosCommands bold(boolean on) {
        return put(ESC, 'E', on ? 1 : 0);
    }

    /** GS ! n: character size, width and height multipliers 1..8. */
    public EscPosCommands size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("size multipliers must be 1..8");
        }
        return put(GS, '!', ((width - 1) << 4) | (height - 1));
    }

    /** ESC a n: justification 0 left, 1 center, 2 right. */
    public EscPosCommands align(int n) {
        if (n < 0 || n > 2) {
            throw new IllegalArgumentException("alignment must be 0..2");
        }
        return put(ESC, 'a', n);
    }

    public EscPosCommands text(byte[] encoded) {
        out.writeBytes(encoded);
        return this;
    }

    /** LF: print the line buffer and feed one line. */
    public EscPosCommands lineFeed() {
        return put(LF);
    }

    /** ESC d n: print and feed n lines. */
    public EscPosCommands feedLines(int n) {
        return put(ESC, 'd', clamp(n, 0, 255));
    }

    /** GS ( k: QR model 2, module size, error correction, store data, print. */
    public EscPosCommands qr(byte[] data, char errorCorrection, int moduleSize) {
        int level = switch (errorCorrection) {
            case 'L' -> 48;
            case 'M' -> 49;
            case 'Q' -> 50;
            case 'H' -> 51;
            default -> throw new IllegalArgumentException("error correction must be L, M, Q or H");
        };
        if (data.length == 0 || data.length > 7089) {
            throw new IllegalArgumentException("QR data must be 1..7089 bytes");
        }
        put(GS, '(', 'k', 4, 0, 49, 65, 50, 0);                 // fn 65: model 2
        put(GS, '(', 'k', 3, 0, 49, 67, clamp(moduleSize, 1, 16)); // fn 67: module size
        put(GS, '(', 'k', 3, 0, 49, 69, level);                   // fn 69: error correction
        int len = data.length + 3;
        put(GS, '(', 'k', len & 0xFF, (len >> 8) & 0xFF, 49, 80, 48); // fn 80: store
        out.writeBytes(data);
        return put(GS, '(', 'k', 3, 0, 49, 81, 48);              // fn 81: print
    }

    /**
     * GS v 0: a raster bit image of any height (no rounding to a power of two), black where the
     * pixel is dark, split into bands of at most {@link #MAX_BAND_ROWS} rows.
     */
    public EscPosCommands raster(BufferedImage image) {
        int widthBytes = (image.getWidth() + 7) / 8;
        for (int top = 0; top < image.getHeight(); top += MAX_BAND_ROWS) {
            int rows = Math.min(MAX_BAND_ROWS, image.getHeight() - top);
            put(GS, 'v', '0', 0, widthBytes & 0xFF, (widthBytes >> 8) & 0xFF, rows & 0xFF, (rows >> 8) & 0xFF);
            for (int y = top; y < top + rows; y++) {
                for (int xb = 0; xb < widthBytes; xb++) {
                    int bits = 0;
                    for (int bit = 0; bit < 8; bit++) {
                        int x = xb * 8 + bit;
                        if (x < image.getWidth() && isDark(image.getRGB(x, y))) {
                            bits |= 0x80 >> bit;
                        }
                    }
                    out.write(bits);
                }
            }
        }
        return this;
    }

    /** GS V 66 n: feed n dots and cut (partial cut); callers ensure it comes at a line start. */
    public EscPosCommands feedAndCut(int n) {
        return put(GS, 'V', 66, clamp(n, 0, 255));
    }

    /** GS a n: automatic status back for the given items (bit 1 online, 2 error, 3 paper). */
    public EscPosCommands automaticStatusBack(int n) {
        return put(GS, 'a', n & 0xFF);
    }

    /** GS r 1: paper sensor status, answered only after the data before it was processed. */
    public EscPosCommands transmitPaperStatus() {
        return put(GS, 'r', 1);
    }

    /** DLE EOT n: real-time status, n = 1..4. */
    public static byte[] realtimeStatus(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n must be 1..4");
        }
        return new byte[] {DLE, EOT, (byte) n};
    }

    static boolean isDark(int argb) {
        int a = (argb >>> 24) & 0xFF;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        int luminance = (r * 299 + g * 587 + b * 114) / 1000;
        return a >= 128 && luminance < 128;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
