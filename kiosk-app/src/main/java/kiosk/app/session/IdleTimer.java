package kiosk.app.session;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Watches for a resident who walked away: after {@code timeout - warning} of no activity it counts the
 * last seconds down (so the resident can ask for more time, WCAG 2.2.1), then fires the timeout. Ticks
 * run on the scheduler and are handed to the UI executor, so callbacks run where the flow's state lives.
 */
public final class IdleTimer {

    private final ScheduledExecutorService scheduler;
    private final Executor ui;
    private final Duration timeout;
    private final Duration warning;
    private volatile double scale = 1;
    private final IntConsumer onWarningTick;
    private final Runnable onTimeout;
    private ScheduledFuture<?> ticking;
    private long lastActivityNanos;
    private boolean armed;

    public IdleTimer(ScheduledExecutorService scheduler, Executor ui, Duration timeout, Duration warning,
                     IntConsumer onWarningTick, Runnable onTimeout) {
        this.scheduler = scheduler;
        this.ui = ui;
        this.timeout = timeout;
        this.warning = warning;
        this.onWarningTick = onWarningTick;
        this.onTimeout = onTimeout;
    }

    /** Starts watching (a session began). */
    public synchronized void arm() {
        armed = true;
        lastActivityNanos = System.nanoTime();
        if (ticking == null) {
            ticking = scheduler.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops watching (back at the attract screen, or a step that must not time out, like printing). */
    public synchronized void disarm() {
        armed = false;
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    /** Longer (or back to normal) timeouts: timeout and warning both multiplied by {@code factor} (elder mode). */
    public void scale(double factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("timeouts are only ever lengthened");
        }
        scale = factor;
    }

    /** The resident did something: the countdown starts over. */
    public synchronized void activity() {
        lastActivityNanos = System.nanoTime();
    }

    private void tick() {
        long idleNanos;
        synchronized (this) {
            if (!armed) {
                return;
            }
            idleNanos = System.nanoTime() - lastActivityNanos;
        }
        long remainingMillis = Math.round(timeout.toMillis() * scale) - TimeUnit.NANOSECONDS.toMillis(idleNanos);
        if (remainingMillis <= 0) {
            disarm();
            ui.execute(onTimeout);
        } else if (remainingMillis <= Math.round(warning.toMillis() * scale)) {
            int seconds = (int) Math.ceil(remainingMillis / 1000.0);
            ui.execute(() -> onWarningTick.accept(seconds));
        } else {
            ui.execute(() -> onWarningTick.accept(0));
        }
    }
}
