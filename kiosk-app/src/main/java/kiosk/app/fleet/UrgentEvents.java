package kiosk.app.fleet;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Urgent events: journaled in the fleet store first, then sent at once on a thread of their own, oldest
 * first, with backoff while the fleet cannot be reached (1 s doubling to 60 s). Nothing overtakes a waiting
 * event; an event the fleet refuses for good is set aside so it cannot block the ones behind it.
 * Also the entry point for the events no device reports: call staff, staff answered, out of service.
 */
public final class UrgentEvents implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UrgentEvents.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY = Duration.ofSeconds(60);

    private final FleetStore store;
    private final FleetLink link;
    private final ScheduledExecutorService thread;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();

    /** thread: a single-threaded executor this class may block (it waits on the network). */
    public UrgentEvents(FleetStore store, FleetLink link, ScheduledExecutorService thread) {
        this.store = store;
        this.link = link;
        this.thread = thread;
    }

    /** Sends what an earlier run left unsent. */
    public void start() {
        wake();
    }

    public boolean raise(EventKind kind, String device) {
        Optional<UrgentEvent> e = store.raise(kind, device);
        e.ifPresent(event -> LOG.warn("urgent event {} {} {}", event.action(), kind, device));
        wake();
        return e.isPresent();
    }

    public boolean clear(EventKind kind, String device) {
        Optional<UrgentEvent> e = store.clear(kind, device);
        e.ifPresent(event -> LOG.info("urgent event {} {} {}", event.action(), kind, device));
        wake();
        return e.isPresent();
    }

    /** A resident asked for staff (the help button); raised until staff answer. */
    public void callStaff() {
        raise(EventKind.CALL_STAFF, "");
    }

    /** Staff answered the call (admin mode, or the staff card at the reader). */
    public void staffAnswered() {
        clear(EventKind.CALL_STAFF, "");
    }

    /** The kiosk stopped serving residents (or serves again). */
    public void outOfService(boolean out) {
        if (out) {
            raise(EventKind.OUT_OF_SERVICE, "");
        } else {
            clear(EventKind.OUT_OF_SERVICE, "");
        }
    }

    public FleetStore store() {
        return store;
    }

    private void wake() {
        try {
            thread.execute(this::drain);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("urgent events: shutting down; unsent events wait for the next start");
        }
    }

    /** Sends until the outbox is empty or the fleet cannot be reached; bounded by the outbox. */
    private void drain() {
        while (true) {
            Optional<FleetStore.Pending> next = store.oldestPending();
            if (next.isEmpty()) {
                return;
            }
            FleetStore.Pending p = next.get();
            try {
                boolean duplicate = link.send(p.event());
                store.done(p.seq(), "DELIVERED");
                failures.set(0);
                LOG.debug("urgent event {} delivered{}", p.event().kind(), duplicate ? " (already there)" : "");
            } catch (FleetException e) {
                if (!e.isTransient()) {
                    store.done(p.seq(), "REFUSED_" + e.code());
                    LOG.warn("urgent event {} refused by the fleet: {}", p.event().kind(), e.code());
                    continue;
                }
                store.failed(p.seq(), e.code());
                scheduleRetry();
                return;
            } catch (RuntimeException e) {
                LOG.warn("urgent event sending failed", e);
                scheduleRetry();
                return;
            }
        }
    }

    private void scheduleRetry() {
        int n = failures.incrementAndGet();
        long delay = Math.min(MAX_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(n - 1, 10));
        if (retryScheduled.compareAndSet(false, true)) {
            try {
                thread.schedule(() -> {
                    retryScheduled.set(false);
                    drain();
                }, delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                retryScheduled.set(false);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
