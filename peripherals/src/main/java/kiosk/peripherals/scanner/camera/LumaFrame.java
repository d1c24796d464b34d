package kiosk.peripherals.scanner.camera;

import java.util.Objects;

/**
 * One grey-scale camera or image frame: 8-bit luminance, row-major, no padding. The decoding core works on
 * these only, so it needs no AWT; {@link BufferedImageFrames} adapts images at the edge.
 * The pixel array is shared, not copied: treat it as read-only once the frame is built.
 */
public record LumaFrame(int width, int height, byte[] pixels) {

    /** Frames larger than this are refused when built, so a hostile image cannot exhaust memory. */
    public static final long MAX_PIXELS = 50_000_000L;

    public LumaFrame {
        Objects.requireNonNull(pixels, "pixels");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("frame too large: " + width + "x" + height);
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("pixel count " + pixels.length + " does not match " + width + "x" + height);
        }
    }

    /** Luminance 0..255 at (x, y). */
    public int luma(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    @Override
    public String toString() {
        return "LumaFrame[" + width + "x" + height + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LumaFrame f && f.width == width && f.height == height
                && java.util.Arrays.equals(f.pixels, pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + java.util.Arrays.hashCode(pixels);
    }
}
