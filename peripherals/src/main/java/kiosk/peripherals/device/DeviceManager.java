package kiosk.peripherals.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's devices, built from configuration by the {@link DriverFactory} it is given and kept
 * alive: opens them, polls their health at a fixed interval on its own scheduler, reconnects with
 * capped exponential backoff (with jitter) after an unplug or a failed open, and republishes every
 * device event to its own subscribers.
 *
 * <p>A device whose driver cannot even be built (unknown driver, missing setting) is still listed,
 * reported NO_DEVICE or HARDWARE_ERROR with the reason, so operators see what is wrong; it is not
 * retried, since only a configuration change can fix it.
 */
public final class DeviceManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceManager.class);

    /**
     * Reconnect delays: {@code initial * 2^(attempt-1)}, capped at {@code max}, spread by
     * {@code ±jitter} (a fraction) so many kiosks do not reconnect in step, and capped again.
     */
    public record Backoff(Duration initial, Duration max, double jitter) {

        public Backoff {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(max, "max");
            if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || jitter < 0 || jitter >= 1) {
                throw new IllegalArgumentException("backoff needs 0 < initial <= max and 0 <= jitter < 1");
            }
        }

        public static Backoff defaults() {
            return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2);
        }

        /** The delay before reconnect attempt {@code attempt} (1 = first retry); random yields [0, 1). */
        public Duration delay(int attempt, DoubleSupplier random) {
            double base = initial.toMillis() * Math.pow(2, Math.max(0, Math.min(attempt - 1, 30)));
            base = Math.min(base, max.toMillis());
            double spread = base * jitter * (2 * random.getAsDouble() - 1);
            long millis = Math.round(Math.min(max.toMillis(), base + spread));
            return Duration.ofMillis(Math.max(1, millis));
        }
    }

    /** One device and its reconnect bookkeeping; fields guarded by the holder's monitor. */
    private static final class Managed {
        final DeviceSpec spec;
        final Device device;
        int attempts;
        ScheduledFuture<?> reconnect;

        Managed(DeviceSpec spec, Device device) {
            this.spec = spec;
            this.device = device;
        }
    }

    private final DriverFactory drivers;
    private final Duration pollInterval;
    private final Backoff backoff;
    private final DoubleSupplier random;
    private final DeviceEvents events = new DeviceEvents();
    private final Map<String, Managed> managed = new LinkedHashMap<>();
    private final ScheduledThreadPoolExecutor scheduler;
    private final java.util.concurrent.atomic.AtomicBoolean pollScheduled = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closed;

    public DeviceManager(DriverFactory drivers, Duration pollInterval) {
        this(drivers, pollInterval, Backoff.defaults(), new Random()::nextDouble);
    }

    public DeviceManager(DriverFactory drivers, Duration pollInterval, Backoff backoff, DoubleSupplier random) {
        this.drivers = Objects.requireNonNull(drivers, "drivers");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.random = Objects.requireNonNull(random, "random");
        this.scheduler = new ScheduledThreadPoolExecutor(2, daemonThreads());
        this.scheduler.setRemoveOnCancelPolicy(true);
    }

    /**
     * Builds every device, then opens them and starts polling on the manager's threads; returns
     * at once. Calling it twice adds the new specs (ids already known are ignored).
     */
    public void start(List<DeviceSpec> specs) {
        List<Managed> added = new ArrayList<>();
        synchronized (managed) {
            for (DeviceSpec spec : specs) {
                if (managed.containsKey(spec.id())) {
                    continue;
                }
                Managed m = new Managed(spec, build(spec));
                m.device.subscribe(events::publish);
                managed.put(spec.id(), m);
                added.add(m);
            }
        }
        for (Managed m : added) {
            if (!(m.device instanceof UnavailableDevice)) {
                scheduler.execute(() -> connect(m));
            }
        }
        if (!added.isEmpty() && !pollScheduled.getAndSet(true)) {
            long every = Math.max(1, pollInterval.toMillis());
            scheduler.scheduleWithFixedDelay(new PollTask(), every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Every device, in configuration order. */
    public List<Device> devices() {
        synchronized (managed) {
            return managed.values().stream().map(m -> m.device).toList();
        }
    }

    public Optional<Device> find(String id) {
        synchronized (managed) {
            return Optional.ofNullable(managed.get(id)).map(m -> m.device);
        }
    }

    public List<Device> byKind(DeviceKind kind) {
        return devices().stream().filter(d -> d.kind() == kind).toList();
    }

    /** The last known status of every device, by id in configuration order (no I/O). */
    public Map<String, DeviceStatus> snapshot() {
        Map<String, DeviceStatus> out = new LinkedHashMap<>();
        for (Device d : devices()) {
            out.put(d.id(), d.status());
        }
        return out;
    }

    /** Failed reconnect attempts since the device was last open (0 when open). */
    public int reconnectAttempts(String id) {
        synchronized (managed) {
            Managed m = managed.get(id);
            if (m == null) {
                return 0;
            }
            synchronized (m) {
                return m.attempts;
            }
        }
    }

    /** Every event of every device, on the device's or the manager's thread. */
    public Subscription subscribe(DeviceListener listener) {
        return events.subscribe(listener);
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        try {
            // an open under way finishes (or gives up) first: a device it opened after its close would stay open
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Device d : devices()) {
            try {
                d.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing device {} failed", d.id(), e);
            }
        }
    }

    private Device build(DeviceSpec spec) {
        try {
            return drivers.create(spec);
        } catch (DeviceException e) {
            LOG.warn("Device {} (driver {}) cannot be built: {}", spec.id(), spec.driver(), e.reason());
            return new UnavailableDevice(spec, e);
        } catch (RuntimeException e) {
            LOG.warn("Device {} (driver {}) failed to build", spec.id(), spec.driver(), e);
            return new UnavailableDevice(spec, new DeviceException(CompletionCode.HARDWARE_ERROR,
                    "device.build-failed", "driver " + spec.driver() + " failed to build: " + e.getClass().getSimpleName()));
        }
    }

    /** One open attempt; on failure the next one is scheduled after the backoff delay. */
    private void connect(Managed m) {
        if (closed) {
            return;
        }
        synchronized (m) {
            m.reconnect = null;
        }
        try {
            m.device.open();
            synchronized (m) {
                if (m.attempts > 0) {
                    LOG.info("Device {} back after {} attempts", m.spec.id(), m.attempts);
                }
                m.attempts = 0;
            }
        } catch (DeviceException e) {
            scheduleReconnect(m);
        } catch (RuntimeException e) {
            LOG.warn("Device {} open failed unexpectedly", m.spec.id(), e);
            scheduleReconnect(m);
        }
    }

    private void scheduleReconnect(Managed m) {
        if (closed) {
            return;
        }
        synchronized (m) {
            if (m.reconnect != null && !m.reconnect.isDone()) {
                return;
            }
            m.attempts++;
            Duration delay = backoff.delay(m.attempts, random);
            LOG.debug("Device {} reconnect attempt {} in {} ms", m.spec.id(), m.attempts, delay.toMillis());
            m.reconnect = scheduler.schedule(() -> connect(m), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Health check of every open device; a device found closed (unplugged) gets a reconnect scheduled. */
    private final class PollTask implements Runnable {
        @Override
        public void run() {
            List<Managed> all;
            synchronized (managed) {
                all = List.copyOf(managed.values());
            }
            for (Managed m : all) {
                if (closed) {
                    return;
                }
                if (m.device instanceof UnavailableDevice) {
                    continue;
                }
                try {
                    if (m.device.isOpen()) {
                        m.device.checkHealth();
                    }
                    if (!m.device.isOpen()) {
                        scheduleReconnect(m);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Health check of {} failed", m.spec.id(), e);
                }
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "device-manager-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stands in for a device whose driver could not be built: reports why, never opens. */
    static final class UnavailableDevice extends AbstractDevice {
        private final DeviceException cause;

        UnavailableDevice(DeviceSpec spec, DeviceException cause) {
            super(spec.id(), spec.kind());
            this.cause = cause;
            DeviceState state = cause.code() == CompletionCode.NO_DEVICE ? DeviceState.NO_DEVICE : DeviceState.HARDWARE_ERROR;
            updateStatus(DeviceStatus.of(state, StatusDetail.NONE, cause.reason()));
        }

        @Override
        public void open() throws DeviceException {
            throw fail(cause);
        }

        @Override
        public boolean isOpen() {
            return false;
        }

        @Override
        public DeviceStatus checkHealth() {
            return status();
        }

        @Override
        public void close() {
            // nothing was opened
        }
    }
}
