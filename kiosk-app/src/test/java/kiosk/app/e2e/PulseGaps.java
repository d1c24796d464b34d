package kiosk.app.e2e;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Records the longest gap between JavaFX pulses while a flow runs: a gap is the time the application
 * thread could not draw (work on the FX thread, a blocking call). Half a second is far above what
 * drawing costs (under 100 ms on a quiet machine, a few hundred on a loaded one) and what a resident
 * notices as a frozen screen; the figures themselves are printed, the speed target lives in benchmarks.
 */
final class PulseGaps {

    static final long LIMIT_MS = 500;

    private final AtomicLong last = new AtomicLong();
    private final AtomicLong longest = new AtomicLong();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long previous = last.getAndSet(now);
            if (previous != 0) {
                longest.accumulateAndGet(now - previous, Math::max);
            }
        }
    };

    static PulseGaps start() {
        PulseGaps gaps = new PulseGaps();
        Platform.runLater(gaps.timer::start);
        return gaps;
    }

    /** Stops recording; the longest gap in milliseconds. */
    long stopMs() {
        Platform.runLater(timer::stop);
        return longest.get() / 1_000_000;
    }
}
