package kiosk.peripherals.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Garbage, tiny, degenerate and huge frames: always a typed result, never an exception or a hang. */
class QrRobustnessTest {

    private final QrDecodePipeline pipeline = QrDecodePipeline.withDefaults();

    @Property(tries = 60)
    void arbitraryPixelsGiveATypedResult(@ForAll @IntRange(min = 1, max = 300) int width,
                                         @ForAll @IntRange(min = 1, max = 300) int height,
                                         @ForAll long seed) {
        byte[] pixels = new byte[width * height];
        new Random(seed).nextBytes(pixels);
        QrDecodeOutcome outcome = pipeline.decode(new LumaFrame(width, height, pixels));
        assertThat(outcome).isNotNull();
        assertThat(outcome.elapsed().isNegative()).isFalse();
    }

    @Test
    void degenerateFramesFindNoCode() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (LumaFrame frame : new LumaFrame[] {
                    uniform(1, 1, 0), uniform(2, 2, 255), uniform(1, 5000, 128), uniform(5000, 1, 128),
                    uniform(640, 480, 0), uniform(640, 480, 255), checkerboard(640, 480, 1), checkerboard(640, 480, 7),
                    stripes(1280, 720, 3)}) {
                assertThat(pipeline.decode(frame)).as("%s", frame).isInstanceOf(QrDecodeOutcome.NoCodeFound.class);
            }
        });
    }

    @Test
    void hugeNoisyFrameEndsWithinItsBudget() {
        byte[] pixels = new byte[4000 * 3000];
        new Random(3).nextBytes(pixels);
        LumaFrame huge = new LumaFrame(4000, 3000, pixels);
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThat(pipeline.decode(huge)).isInstanceOf(QrDecodeOutcome.NoCodeFound.class));
    }

    @Test
    void budgetStopsFurtherAttemptsAndSaysSo() {
        QrDecodePipeline hurried = new QrDecodePipeline(QrPipelineSettings.defaults().withFrameBudget(Duration.ofNanos(1)),
                kiosk.peripherals.scanner.PayloadPolicy.standard());
        QrDecodeOutcome outcome = hurried.decode(uniform(1280, 720, 90));
        assertThat(outcome).isInstanceOfSatisfying(QrDecodeOutcome.NoCodeFound.class, none -> {
            assertThat(none.budgetExhausted()).isTrue();
            assertThat(none.attemptsTried()).isEqualTo(1);
        });
    }

    @Test
    void framesOfImpossibleSizeAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> new LumaFrame(0, 10, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LumaFrame(10, 10, new byte[99])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LumaFrame(100_000, 100_000, new byte[1])).isInstanceOf(IllegalArgumentException.class);
    }

    private static LumaFrame uniform(int w, int h, int value) {
        byte[] pixels = new byte[w * h];
        Arrays.fill(pixels, (byte) value);
        return new LumaFrame(w, h, pixels);
    }

    private static LumaFrame checkerboard(int w, int h, int cell) {
        byte[] pixels = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = (byte) (((x / cell + y / cell) & 1) == 0 ? 0 : 255);
            }
        }
        return new LumaFrame(w, h, pixels);
    }

    private static LumaFrame stripes(int w, int h, int period) {
        byte[] pixels = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = (byte) ((x / period) % 2 == 0 ? 10 : 240);
            }
        }
        return new LumaFrame(w, h, pixels);
    }
}
