package kiosk.peripherals.scanner.camera;

import static kiosk.peripherals.scanner.camera.DecodeAttempt.Binarization.GLOBAL_HISTOGRAM;
import static kiosk.peripherals.scanner.camera.DecodeAttempt.Binarization.HYBRID;

import java.time.Duration;
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

    /** The sequence measured by QrBenchMain on the synthetic phone-screen corpus (docs/peripherals.md). */
    public static QrPipelineSettings defaults() {
        return new QrPipelineSettings(640, Duration.ofMillis(120), List.of(
                new DecodeAttempt("working-hybrid", DecodeAttempt.View.WORKING, HYBRID, false, false),
                new DecodeAttempt("working-hybrid-inverted", DecodeAttempt.View.WORKING, HYBRID, true, false),
                new DecodeAttempt("working-global", DecodeAttempt.View.WORKING, GLOBAL_HISTOGRAM, false, false),
                new DecodeAttempt("stretched-hybrid", DecodeAttempt.View.WORKING_STRETCHED, HYBRID, false, true),
                new DecodeAttempt("blurred-hybrid", DecodeAttempt.View.WORKING_BLURRED, HYBRID, false, true),
                new DecodeAttempt("native-centre-hybrid", DecodeAttempt.View.NATIVE_CENTRE, HYBRID, false, true),
                new DecodeAttempt("native-centre-hybrid-inverted", DecodeAttempt.View.NATIVE_CENTRE, HYBRID, true, true),
                new DecodeAttempt("centre-upscaled-hybrid", DecodeAttempt.View.CENTRE_UPSCALED, HYBRID, false, true)));
    }

    public QrPipelineSettings withAttempts(List<DecodeAttempt> replacement) {
        return new QrPipelineSettings(workingMaxDimension, frameBudget, replacement);
    }

    public QrPipelineSettings withFrameBudget(Duration budget) {
        return new QrPipelineSettings(workingMaxDimension, budget, attempts);
    }
}
