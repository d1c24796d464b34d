package kiosk.app.platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds systemd's watchdog only while the UI thread is alive: each tick pings WATCHDOG=1 if the probe
 * posted to the UI thread at the previous tick has run, and posts the next one. A UI thread that is
 * blocked (or a dead process) stops the pings, so systemd restarts a frozen kiosk, not only a crashed
 * one. Knows nothing of JavaFX: the caller passes how to post to its UI thread.
 */
public final class UiWatchdog implements AutoCloseable {

    /** Looked up when used, not when the class loads: it runs before the first frame, Logback starts after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(UiWatchdog.class);
    }

    private final ServiceNotifier notifier;
    private final Consumer<Runnable> uiThread;
    private final AtomicBoolean answered = new AtomicBoolean(true);
    private final AtomicLong missed = new AtomicLong();
    private final AtomicBoolean ready = new AtomicBoolean();
    private ScheduledExecutorService timer;

    public UiWatchdog(ServiceNotifier notifier, Consumer<Runnable> uiThread) {
        this.notifier = notifier;
        this.uiThread = uiThread;
    }

    /**
     * One check: ping if the UI answered the last probe, then probe again. Returns whether it pinged.
     * Called by {@link #start} every third of the timeout, so two missed probes in a row still ping in
     * time after a short stall, while a UI stuck for the whole timeout gets the process restarted.
     */
    public boolean tick() {
        if (!answered.getAndSet(false)) {
            if (missed.incrementAndGet() == 1) {
                log().warn("The UI thread has not answered the watchdog probe; pings stop until it does");
            }
            return false;
        }
        if (missed.getAndSet(0) > 0) {
            log().info("The UI thread answers again; watchdog pings resume");
        }
        notifier.notify("WATCHDOG=1");
        uiThread.accept(() -> answered.set(true));
        return true;
    }

    /** Sent once, when the resident screen is first shown. */
    public void ready() {
        if (ready.compareAndSet(false, true)) {
            notifier.notify("READY=1\nSTATUS=attract screen shown");
        }
    }

    /** Ticks on a daemon thread every third of systemd's timeout. */
    public synchronized void start(Duration timeout) {
        if (timer != null) {
            return;
        }
        long period = Math.max(1, timeout.toMillis() / 3);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::tick, 0, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        notifier.notify("STOPPING=1");
    }
}
