package kiosk.peripherals.scanner.camera;

/**
 * The cheap image operations the decoding pipeline tries before giving up on a frame: area downscaling
 * (which also averages away moire and JPEG noise), crops, upscaling of small codes, inversion for
 * dark-mode codes, contrast stretching and a light blur. All are single passes over the pixels.
 */
public final class LumaOps {

    private LumaOps() {
    }

    /** Area-average downscale by an integer factor (box filter); factor 1 returns the frame itself. */
    public static LumaFrame downscale(LumaFrame frame, int factor) {
        if (factor <= 1) {
            return frame;
        }
        int w = frame.width() / factor;
        int h = frame.height() / factor;
        if (w < 1 || h < 1) {
            return frame;
        }
        byte[] src = frame.pixels();
        int sw = frame.width();
        byte[] out = new byte[w * h];
        if (factor == 2) {
            for (int y = 0; y < h; y++) {
                int r0 = 2 * y * sw;
                int r1 = r0 + sw;
                int o = y * w;
                for (int x = 0, sx = 0; x < w; x++, sx += 2) {
                    int sum = (src[r0 + sx] & 0xFF) + (src[r0 + sx + 1] & 0xFF) + (src[r1 + sx] & 0xFF) + (src[r1 + sx + 1] & 0xFF);
                    out[o + x] = (byte) ((sum + 2) >> 2);
                }
            }
            return new LumaFrame(w, h, out);
        }
        // General factor: sum each source row into per-column buckets, then divide once per output pixel.
        int[] sums = new int[w];
        int area = factor * factor;
        int half = area / 2;
        int usedWidth = w * factor;
        for (int y = 0; y < h; y++) {
            java.util.Arrays.fill(sums, 0);
            for (int dy = 0; dy < factor; dy++) {
                int row = (y * factor + dy) * sw;
                int x = 0;
                int phase = 0;
                for (int sx = 0; sx < usedWidth; sx++) {
                    sums[x] += src[row + sx] & 0xFF;
                    if (++phase == factor) {
                        phase = 0;
                        x++;
                    }
                }
            }
            int o = y * w;
            for (int x = 0; x < w; x++) {
                out[o + x] = (byte) ((sums[x] + half) / area);
            }
        }
        return new LumaFrame(w, h, out);
    }

    /** Smallest integer factor that brings the larger side to at most {@code maxDimension}. */
    public static int factorFor(LumaFrame frame, int maxDimension) {
        int larger = Math.max(frame.width(), frame.height());
        return Math.max(1, (larger + maxDimension - 1) / maxDimension);
    }

    /** A copy of the rectangle, clamped to the frame. */
    public static LumaFrame crop(LumaFrame frame, int left, int top, int width, int height) {
        int x0 = clamp(left, 0, frame.width() - 1);
        int y0 = clamp(top, 0, frame.height() - 1);
        int w = clamp(width, 1, frame.width() - x0);
        int h = clamp(height, 1, frame.height() - y0);
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(frame.pixels(), (y0 + y) * frame.width() + x0, out, y * w, w);
        }
        return new LumaFrame(w, h, out);
    }

    /** Bilinear 2x upscale, for codes whose modules are only one or two pixels wide. */
    public static LumaFrame upscale2x(LumaFrame frame) {
        int sw = frame.width();
        int sh = frame.height();
        int w = sw * 2;
        int h = sh * 2;
        byte[] src = frame.pixels();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            // Sample centres: output pixel y maps to source (y - 0.5) / 2, i.e. weights 1/4 and 3/4.
            int sy0 = clamp((y - 1) >> 1, 0, sh - 1);
            int sy1 = clamp(sy0 + 1, 0, sh - 1);
            int wy1 = (y & 1) == 0 ? 3 : 1; // weight of sy1 in quarters
            if (y == 0) {
                sy0 = 0;
                sy1 = 0;
            }
            int r0 = sy0 * sw;
            int r1 = sy1 * sw;
            for (int x = 0; x < w; x++) {
                int sx0 = clamp((x - 1) >> 1, 0, sw - 1);
                int sx1 = clamp(sx0 + 1, 0, sw - 1);
                int wx1 = (x & 1) == 0 ? 3 : 1;
                if (x == 0) {
                    sx0 = 0;
                    sx1 = 0;
                }
                int a = src[r0 + sx0] & 0xFF;
                int b = src[r0 + sx1] & 0xFF;
                int c = src[r1 + sx0] & 0xFF;
                int d = src[r1 + sx1] & 0xFF;
                int top = a * (4 - wx1) + b * wx1;
                int bottom = c * (4 - wx1) + d * wx1;
                out[y * w + x] = (byte) ((top * (4 - wy1) + bottom * wy1 + 8) >> 4);
            }
        }
        return new LumaFrame(w, h, out);
    }

    /** Negative image: dark-mode codes (light modules on a dark screen) become ordinary ones. */
    public static LumaFrame invert(LumaFrame frame) {
        byte[] src = frame.pixels();
        byte[] out = new byte[src.length];
        for (int i = 0; i < src.length; i++) {
            out[i] = (byte) (255 - (src[i] & 0xFF));
        }
        return new LumaFrame(frame.width(), frame.height(), out);
    }

    /**
     * Stretches the 2nd..98th percentile of the histogram to the full range, so a dim or washed-out screen
     * clears the binarizer's minimum dynamic range.
     */
    public static LumaFrame stretchContrast(LumaFrame frame) {
        byte[] src = frame.pixels();
        int[] histogram = new int[256];
        for (byte b : src) {
            histogram[b & 0xFF]++;
        }
        int cut = src.length / 50;
        int low = 0;
        for (int seen = 0; low < 255 && (seen += histogram[low]) <= cut; low++) {
            // walk up to the 2nd percentile
        }
        int high = 255;
        for (int seen = 0; high > 0 && (seen += histogram[high]) <= cut; high--) {
            // walk down to the 98th percentile
        }
        if (high - low < 2) {
            return frame;
        }
        byte[] table = new byte[256];
        for (int v = 0; v < 256; v++) {
            table[v] = (byte) clamp((v - low) * 255 / (high - low), 0, 255);
        }
        byte[] out = new byte[src.length];
        for (int i = 0; i < src.length; i++) {
            out[i] = table[src[i] & 0xFF];
        }
        return new LumaFrame(frame.width(), frame.height(), out);
    }

    /** 3x3 box blur: suppresses the screen-pixel grid (moire) and JPEG ringing before binarizing. */
    public static LumaFrame blur3(LumaFrame frame) {
        int w = frame.width();
        int h = frame.height();
        byte[] src = frame.pixels();
        int[] horizontal = new int[w * h];
        for (int y = 0; y < h; y++) {
            int r = y * w;
            for (int x = 0; x < w; x++) {
                int left = src[r + Math.max(0, x - 1)] & 0xFF;
                int right = src[r + Math.min(w - 1, x + 1)] & 0xFF;
                horizontal[r + x] = left + (src[r + x] & 0xFF) + right;
            }
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int up = Math.max(0, y - 1) * w;
            int r = y * w;
            int down = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) {
                // (x * 7282 + 32768) >> 16 rounds x / 9 for sums of nine bytes; a multiply is cheaper than a division
                out[r + x] = (byte) (((horizontal[up + x] + horizontal[r + x] + horizontal[down + x]) * 7282 + 32768) >> 16);
            }
        }
        return new LumaFrame(w, h, out);
    }

    /**
     * Local contrast normalisation: each pixel's difference from the mean of its (2r+1)^2 neighbourhood,
     * amplified by {@code gain} around mid-grey. Lifts codes on dim or glare-washed screens above the binarizer's
     * minimum dynamic range even when the rest of the frame spans the whole histogram.
     */
    public static LumaFrame normalizeLocalContrast(LumaFrame frame, int radius, int gain) {
        int w = frame.width();
        int h = frame.height();
        byte[] src = frame.pixels();
        int stride = w + 1;
        int[] integral = new int[stride * (h + 1)];
        for (int y = 0; y < h; y++) {
            int rowSum = 0;
            int in = y * w;
            int above = y * stride;
            int here = (y + 1) * stride;
            for (int x = 0; x < w; x++) {
                rowSum += src[in + x] & 0xFF;
                integral[here + x + 1] = integral[above + x + 1] + rowSum;
            }
        }
        int side = 2 * radius + 1;
        long[] reciprocal = new long[side * side + 1]; // fixed-point 1/area: no division per pixel
        for (int area = 1; area < reciprocal.length; area++) {
            reciprocal[area] = (1L << 32) / area;
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - radius);
            int y1 = Math.min(h, y + radius + 1);
            int top = y0 * stride;
            int bottom = y1 * stride;
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - radius);
                int x1 = Math.min(w, x + radius + 1);
                int sum = integral[bottom + x1] - integral[bottom + x0] - integral[top + x1] + integral[top + x0];
                int mean = (int) ((sum * reciprocal[(x1 - x0) * (y1 - y0)]) >>> 32);
                out[y * w + x] = (byte) clamp(128 + gain * ((src[y * w + x] & 0xFF) - mean), 0, 255);
            }
        }
        return new LumaFrame(w, h, out);
    }

    /** Unsharp mask over a 3x3 box: restores module edges softened by defocus or motion. */
    public static LumaFrame sharpen(LumaFrame frame, int amountPercent) {
        byte[] src = frame.pixels();
        byte[] blurred = blur3(frame).pixels();
        byte[] out = new byte[src.length];
        for (int i = 0; i < src.length; i++) {
            int v = src[i] & 0xFF;
            out[i] = (byte) clamp(v + (v - (blurred[i] & 0xFF)) * amountPercent / 100, 0, 255);
        }
        return new LumaFrame(frame.width(), frame.height(), out);
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
