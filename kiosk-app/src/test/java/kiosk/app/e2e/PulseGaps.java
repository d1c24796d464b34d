package kiosk.app.e2e;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Records the longest gap between JavaFX pulses while a flow runs: a gap is the time the application
 * thread could not draw (work on the FX thread, a blocking call). With every backend call slowed to
 * {@link #CALL_LATENCY_MS}, a gap of {@link #LIMIT_MS} or more means the FX thread waited on I/O.
 */
final class PulseGaps {

    static final int CALL_LATENCY_MS = 1200;
    static final long LIMIT_MS = 900;

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
