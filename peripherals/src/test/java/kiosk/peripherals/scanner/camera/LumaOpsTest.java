package kiosk.peripherals.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LumaOpsTest {

    private static LumaFrame frame(int w, int h, int... values) {
        byte[] pixels = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            pixels[i] = (byte) values[i];
        }
        return new LumaFrame(w, h, pixels);
    }

    @Test
    void downscaleAveragesBoxes() {
        LumaFrame f = frame(4, 2, 0, 100, 200, 200, 100, 200, 200, 200);
        assertThat(LumaOps.downscale(f, 2)).isEqualTo(frame(2, 1, 100, 200));
        LumaFrame g = frame(3, 3, 9, 9, 9, 9, 9, 9, 9, 9, 0);
        assertThat(LumaOps.downscale(g, 3)).isEqualTo(frame(1, 1, 8));
        assertThat(LumaOps.downscale(f, 1)).isSameAs(f);
    }

    @Test
    void factorBringsTheLargerSideUnderTheLimit() {
        assertThat(LumaOps.factorFor(new LumaFrame(1920, 1080, new byte[1920 * 1080]), 960)).isEqualTo(2);
        assertThat(LumaOps.factorFor(new LumaFrame(1280, 720, new byte[1280 * 720]), 960)).isEqualTo(2);
        assertThat(LumaOps.factorFor(new LumaFrame(640, 480, new byte[640 * 480]), 960)).isEqualTo(1);
    }

    @Test
    void cropIsClampedToTheFrame() {
        LumaFrame f = frame(3, 2, 1, 2, 3, 4, 5, 6);
        assertThat(LumaOps.crop(f, 1, 0, 5, 5)).isEqualTo(frame(2, 2, 2, 3, 5, 6));
    }

    @Test
    void invertAndStretch() {
        assertThat(LumaOps.invert(frame(2, 1, 0, 200))).isEqualTo(frame(2, 1, 255, 55));
        LumaFrame dim = frame(4, 1, 100, 110, 120, 130);
        LumaFrame stretched = LumaOps.stretchContrast(dim);
        assertThat(stretched.luma(0, 0)).isZero();
        assertThat(stretched.luma(3, 0)).isEqualTo(255);
    }

    @Test
    void localMeanThresholdKeepsLowContrastEdgesAndFlatAreasWhite() {
        int w = 40;
        byte[] pixels = new byte[w * w];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = (byte) (x < w / 2 ? 120 : 132); // 12 levels: below HybridBinarizer's minimum
            }
        }
        var bits = LocalMeanThreshold.binarize(new LumaFrame(w, w, pixels), 5, 3, 0);
        assertThat(bits.get(w / 2 - 1, 20)).as("dark side of the edge").isTrue();
        assertThat(bits.get(w / 2, 20)).as("light side of the edge").isFalse();
        assertThat(bits.get(2, 20)).as("flat area").isFalse();
        assertThat(LocalMeanThreshold.binarize(new LumaFrame(w, w, pixels), 5, 3, 15).get(w / 2 - 1, 20)).isTrue();
    }
}
