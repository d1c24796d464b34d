package kiosk.app.ops;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The UI's heartbeat, measured by probes: every period a probe is posted to the UI thread (JavaFX's
 * Platform.runLater, passed in), and the time it waited there is the gap, how long the UI was too busy or
 * frozen to run it. A probe is posted only once the last one ran, so a freeze of 3 s is one gap of 3 s,
 * and the time since the last probe ran grows for as long as the UI is frozen. Probes cost a few
 * microseconds each and ask for no frame: an idle screen is not redrawn 60 times a second, as it was when
 * an AnimationTimer fed this monitor (see docs/operations.md). No JavaFX here, so metrics and tests read
 * it without a UI.
 */
public final class PulseMonitor implements AutoCloseable {

    /** Four probes a second: enough for the 10 s frozen-screen alert and stalls of a quarter second, at a third of the CPU of ten a second (./kiosk bench idle). */
    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(250);

    private final LongSupplier nanoTime;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile GapListener listener = gap -> { };
    private ScheduledExecutorService timer;

    /** Told each gap, in nanoseconds. */
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

    /** Probes the UI thread every period on a daemon thread of its own, until {@link #close()}. */
    public synchronized void start(Consumer<Runnable> uiThread, Duration every) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ui-pulse-probe");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> probe(uiThread), 0, every.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Posts one probe, unless the last one has not run yet (the UI is busy or frozen). Returns whether it posted. */
    public boolean probe(Consumer<Runnable> uiThread) {
        if (!inFlight.compareAndSet(false, true)) {
            return false;
        }
        long posted = nanoTime.getAsLong();
        try {
            uiThread.accept(() -> answered(posted));
        } catch (RuntimeException e) { // the toolkit has stopped: nothing runs probes any more
            inFlight.set(false);
            return false;
        }
        return true;
    }

    private void answered(long posted) {
        long now = nanoTime.getAsLong();
        last.set(now);
        inFlight.set(false);
        listener.gap(now - posted);
    }

    /** The UI thread ran now, with the gap since it last ran (for a caller that hooks the UI's frames itself). */
    public void pulse() {
        long now = nanoTime.getAsLong();
        long before = last.getAndSet(now);
        if (before != Long.MIN_VALUE) {
            listener.gap(now - before);
        }
    }

    /** Seconds since the UI thread last ran a probe; negative when no UI ever did (a headless kiosk). */
    public double secondsSinceLastPulse() {
        long before = last.get();
        return before == Long.MIN_VALUE ? -1 : (nanoTime.getAsLong() - before) / 1e9;
    }

    void listen(GapListener listener) {
        this.listener = listener;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
