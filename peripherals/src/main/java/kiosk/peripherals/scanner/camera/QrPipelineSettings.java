package kiosk.peripherals.scanner.camera;

import static kiosk.peripherals.scanner.camera.DecodeAttempt.Binarization.GLOBAL_HISTOGRAM;
import static kiosk.peripherals.scanner.camera.DecodeAttempt.Binarization.HYBRID;
import static kiosk.peripherals.scanner.camera.DecodeAttempt.Binarization.LOCAL_MEAN;
import static kiosk.peripherals.scanner.camera.DecodeAttempt.Binarization.LOCAL_MEAN_SHARPENED;

import java.time.Duration;
import kiosk.peripherals.scanner.camera.DecodeAttempt.View;
import java.util.List;
import java.util.Objects;

/**
 * How hard the pipeline tries: the working size frames are downscaled to, the per-frame time budget (checked
 * between attempts, so one attempt may overrun it) and the ordered attempts, cheapest and likeliest first.
 */
public record QrPipelineSettings(int workingMaxDimension, Duration frameBudget, List<DecodeAttempt> attempts) {

    public QrPipelineSettings {
        Objects.requireNonNull(frameBudget, "frameBudget");
        if (workingMaxDimension < 64) {
            throw new IllegalArgumentException("working size too small: " + workingMaxDimension);
        }
        if (frameBudget.isNegative() || frameBudget.isZero()) {
            throw new IllegalArgumentException("frame budget must be positive");
        }
        attempts = List.copyOf(attempts);
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException("at least one attempt is needed");
        }
    }

    /**
     * The sequence chosen on the synthetic phone-screen corpus (QrBenchMain; figures in docs/peripherals.md):
     * a greedy pick of the attempts that add the most decodes per millisecond while the mean time per frame
     * stays under plain ZXing's. Working size 960: a 1280x720 frame is read at 640x360, a 1920x1080 one at
     * 960x540. The budget only guards against pathological frames; normal misses end well before it.
     */
    public static QrPipelineSettings defaults() {
        return new QrPipelineSettings(960, Duration.ofMillis(150), List.of(
                new DecodeAttempt("working-hybrid", View.WORKING, HYBRID, false, true),
                new DecodeAttempt("native-centre-global", View.NATIVE_CENTRE, GLOBAL_HISTOGRAM, false, false),
                new DecodeAttempt("working-hybrid-inverted", View.WORKING, HYBRID, true, false),
                new DecodeAttempt("working-local-mean", View.WORKING, LOCAL_MEAN, false, false),
                new DecodeAttempt("native-centre-hybrid", View.NATIVE_CENTRE, HYBRID, false, true)));
    }

    /**
     * For reading files rather than a live camera (diag decode-qr), where the decode rate matters more than
     * the time: the default attempts, then sharpening for blur, full resolution as plain ZXing reads it (so
     * nothing plain ZXing reads is missed) and inverted variants.
     */
    public static QrPipelineSettings thorough() {
        List<DecodeAttempt> attempts = new java.util.ArrayList<>(defaults().attempts());
        attempts.addAll(List.of(
                new DecodeAttempt("working-local-mean-sharpened", View.WORKING, LOCAL_MEAN_SHARPENED, false, false),
                new DecodeAttempt("native-hybrid", View.NATIVE, HYBRID, false, true),
                new DecodeAttempt("working-local-mean-inverted", View.WORKING, LOCAL_MEAN, true, false),
                new DecodeAttempt("normalized-hybrid", View.WORKING_NORMALIZED, HYBRID, false, true),
                new DecodeAttempt("native-hybrid-inverted", View.NATIVE, HYBRID, true, true),
                new DecodeAttempt("native-local-mean-sharpened", View.NATIVE, LOCAL_MEAN_SHARPENED, false, true)));
        return new QrPipelineSettings(960, Duration.ofSeconds(2), attempts);
    }

    public QrPipelineSettings withAttempts(List<DecodeAttempt> replacement) {
        return new QrPipelineSettings(workingMaxDimension, frameBudget, replacement);
    }

    public QrPipelineSettings withFrameBudget(Duration budget) {
        return new QrPipelineSettings(workingMaxDimension, budget, attempts);
    }
}
