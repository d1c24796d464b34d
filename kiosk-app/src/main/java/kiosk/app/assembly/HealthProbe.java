package kiosk.app.assembly;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kiosk.app.backend.BackendCalls;
import kiosk.app.backend.ResilientKioskBackend;
import kiosk.app.flow.VisitEngine;
import kiosk.app.model.BackendException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the backend's health route in the background, so the kiosk knows of an outage before a
 * resident starts (attract screen, menu) instead of after their card is read. The timer only hands each
 * look to the I/O executor (it may wait up to its timeout); the engine hears the answer and when the next
 * look is due. When the backend answers again while the resilient client's circuit is open, the circuit
 * lets the next call through at once rather than after its open time. An outage is two failed looks in
 * a row, a second apart ({@link OutageRule}).
 */
final class HealthProbe {

    private static final Logger LOG = LoggerFactory.getLogger(HealthProbe.class);

    /** GET /api/v1/health. */
    record Health(String status) {
    }

    private final BackendCalls probe;
    private final ResilientKioskBackend backend;
    private final VisitEngine engine;
    private final ScheduledExecutorService timer;
    private final Executor io;
    private final Duration every;
    private volatile boolean stopped;
    private Boolean lastUp;
    private final OutageRule outages = new OutageRule();

    /** The wait before the look that confirms a failed one (the probe's own period when shorter). */
    static final Duration CONFIRM_AFTER = Duration.ofSeconds(1);

    HealthProbe(BackendCalls probe, ResilientKioskBackend backend, VisitEngine engine, ScheduledExecutorService timer,
                Executor io, Duration every) {
        this.probe = probe;
        this.backend = backend;
        this.engine = engine;
        this.timer = timer;
        this.io = io;
        this.every = every;
    }

    void start() {
        io.execute(this::look);
    }

    void stop() {
        stopped = true;
    }

    private void look() {
        if (stopped) {
            return;
        }
        boolean up;
        String why = null;
        try {
            up = "UP".equalsIgnoreCase(probe.get("health", Health.class).status());
            why = up ? null : "status not UP";
        } catch (BackendException e) {
            up = false;
            why = e.kind() + " " + e.code();
        } catch (RuntimeException e) {
            up = false;
            why = e.getClass().getSimpleName();
        }
        if (outages.look(up) == OutageRule.Verdict.LOOK_AGAIN) {
            LOG.debug("Backend health look failed ({}); looking again soon", why);
            schedule(every.compareTo(CONFIRM_AFTER) < 0 ? every : CONFIRM_AFTER);
            return;
        }
        Instant next = Instant.now().plus(every);
        if (lastUp == null || lastUp != up) {
            if (up) {
                LOG.info("Backend health: up");
            } else {
                LOG.warn("Backend health: down ({}); services that need it are shown unavailable", why);
            }
            lastUp = up;
        }
        if (up && backend.circuitBreaker().getState() == CircuitBreaker.State.OPEN) {
            try {
                backend.circuitBreaker().transitionToHalfOpenState();
            } catch (IllegalStateException raced) {
                LOG.debug("circuit moved meanwhile", raced);
            }
        }
        engine.backendHealth(up, next);
        schedule(every);
    }

    private void schedule(Duration after) {
        if (!stopped) {
            try {
                timer.schedule(() -> io.execute(this::look), after.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                stopped = true;
            }
        }
    }
}
