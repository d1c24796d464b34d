package kiosk.app.ops;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The UI's heartbeat: a hook on the JavaFX thread calls {@link #pulse()} every frame (an AnimationTimer).
 * The gap since the last pulse is how long the UI has been frozen; a long gap is a hung screen that
 * residents see. No JavaFX here, so metrics and tests read it without a UI.
 */
public final class PulseMonitor {

    private final LongSupplier nanoTime;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
    private volatile GapListener listener = gap -> { };

    /** Told each gap between two pulses, in nanoseconds. */
    @FunctionalInterface
    public interface GapListener {
        void gap(long nanos);
    }

    public PulseMonitor() {
        this(System::nanoTime);
    }

    public PulseMonitor(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** One frame rendered. Called on the JavaFX thread: cheap, never blocks. */
    public void pulse() {
        long now = nanoTime.getAsLong();
        long before = last.getAndSet(now);
        if (before != Long.MIN_VALUE) {
            listener.gap(now - before);
        }
    }

    /** Seconds since the last pulse; negative when no UI ever pulsed (a headless kiosk). */
    public double secondsSinceLastPulse() {
        long before = last.get();
        return before == Long.MIN_VALUE ? -1 : (nanoTime.getAsLong() - before) / 1e9;
    }

    void listen(GapListener listener) {
        this.listener = listener;
    }
}
