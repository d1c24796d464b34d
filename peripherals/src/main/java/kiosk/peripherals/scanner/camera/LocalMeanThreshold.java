package kiosk.peripherals.scanner.camera;

import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;

/**
 * Binarizes against the mean of each pixel's neighbourhood, with no minimum contrast: a pixel is black when
 * it is at least {@code margin} darker than the mean of the (2r+1)^2 box around it. Unlike ZXing's
 * HybridBinarizer, which whitens 8x8 blocks whose range is under 24 levels, this keeps the modules of dim,
 * glare-washed and low-contrast screens; the margin keeps flat, noisy areas white.
 *
 * <p>Optionally the pixel is first sharpened with an unsharp mask over its 3x3 box (which leaves the local
 * mean unchanged), restoring module edges softened by defocus or motion. Both boxes come from one integral
 * image; the comparison is done in integers without division, and the bit matrix is written a word at a time.
 */
final class LocalMeanThreshold {

    private LocalMeanThreshold() {
    }

    /**
     * @param sharpenTenths unsharp-mask amount in tenths (15 = 1.5); 0 for none
     */
    static BitMatrix binarize(LumaFrame frame, int radius, int margin, int sharpenTenths) {
        int w = frame.width();
        int h = frame.height();
        byte[] src = frame.pixels();
        int stride = w + 1;
        int[] integral = new int[stride * (h + 1)];
        for (int y = 0; y < h; y++) {
            int rowSum = 0;
            int in = y * w;
            int above = y * stride;
            int here = above + stride;
            for (int x = 0; x < w; x++) {
                rowSum += src[in + x] & 0xFF;
                integral[here + x + 1] = integral[above + x + 1] + rowSum;
            }
        }
        // Sharpened value s = v + k (v - b/9) with b the 3x3 sum and k = sharpenTenths / 10. Black when
        // s + margin <= sum / area, i.e. (90 v + 9 k10 v - k10 b + 90 margin) * area <= 90 sum.
        long k10 = sharpenTenths;
        BitMatrix bits = new BitMatrix(w, h);
        BitArray row = new BitArray(w);
        for (int y = 0; y < h; y++) {
            row.clear();
            int top = Math.max(0, y - radius) * stride;
            int bottom = Math.min(h, y + radius + 1) * stride;
            int rows = (bottom - top) / stride;
            int top3 = Math.max(0, y - 1) * stride;
            int bottom3 = Math.min(h, y + 2) * stride;
            int rows3 = (bottom3 - top3) / stride;
            int in = y * w;
            for (int wordStart = 0; wordStart < w; wordStart += 32) {
                int word = 0;
                int end = Math.min(w, wordStart + 32);
                for (int x = wordStart; x < end; x++) {
                    int x0 = x < radius ? 0 : x - radius;
                    int x1 = x + radius + 1 > w ? w : x + radius + 1;
                    long sum = integral[bottom + x1] - integral[bottom + x0] - integral[top + x1] + integral[top + x0];
                    long area = (long) (x1 - x0) * rows;
                    long v = src[in + x] & 0xFF;
                    long lhs;
                    if (k10 == 0) {
                        lhs = v + margin;
                        if (lhs * area <= sum) {
                            word |= 1 << (x - wordStart);
                        }
                        continue;
                    }
                    int a0 = x < 1 ? 0 : x - 1;
                    int a1 = x + 2 > w ? w : x + 2;
                    long box = integral[bottom3 + a1] - integral[bottom3 + a0] - integral[top3 + a1] + integral[top3 + a0];
                    long boxArea = (long) (a1 - a0) * rows3;
                    // scale everything by 10 * boxArea so the 3x3 mean needs no division
                    lhs = (10 * boxArea * v + k10 * (boxArea * v - box) + 10 * boxArea * margin) * area;
                    if (lhs <= 10 * boxArea * sum) {
                        word |= 1 << (x - wordStart);
                    }
                }
                row.setBulk(wordStart, word);
            }
            bits.setRow(y, row);
        }
        return bits;
    }
}
