package kiosk.app.assembly;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kiosk.app.backend.BackendTls;
import kiosk.app.fleet.ConfigSync;
import kiosk.app.fleet.DeviceAlarms;
import kiosk.app.fleet.EventKind;
import kiosk.app.fleet.FleetSettingsApplier;
import kiosk.app.fleet.FleetStore;
import kiosk.app.fleet.HttpFleetLink;
import kiosk.app.fleet.UrgentEvents;
import kiosk.app.journal.JournaledOperation;
import kiosk.app.ops.Backlog;
import kiosk.app.ops.KioskMetrics;
import kiosk.app.ops.OpsServer;
import kiosk.app.ops.OpsSources;
import kiosk.app.ops.PulseMonitor;
import kiosk.config.KioskConfig;
import kiosk.config.bundle.TrustedKeys;
import kiosk.peripherals.device.DeviceManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything operations see of one kiosk, wired from its parts: heartbeats with the running configuration
 * version, desired configuration applied, urgent events from the devices journaled and sent at once, and
 * the local port with /metrics and /health. Fleet calls block on the network, so they run on threads of
 * their own (kiosk-fleet for heartbeats and configuration, kiosk-urgent for events), never the I/O pool
 * the residents' calls use.
 */
public final class Operations implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Operations.class);
    private static final Duration HEARTBEAT_FIRST = Duration.ofSeconds(2);
    private static final Duration ALARM_SWEEP = Duration.ofSeconds(2);

    /**
     * Where the ops port listens (port 0: any free one; -1: no port), the fleet store's file, and how long a
     * device error must last before it is an urgent event.
     */
    public record Settings(InetAddress host, int port, Path store, Duration alarmSettle) {

        /** Loopback port 9464 (the kiosk.yaml key is for the lead to add: ops.port), store beside the journal. */
        public static Settings defaults(KioskConfig config) {
            return new Settings(InetAddress.getLoopbackAddress(), 9464, storeBeside(config), Duration.ofSeconds(5));
        }

        public static Path storeBeside(KioskConfig config) {
            Path journal = config.journal().file().toAbsolutePath();
            return journal.resolveSibling("fleet.db");
        }
    }

    private final ScheduledExecutorService fleetThread;
    private final ScheduledExecutorService alarmThread;
    private final FleetStore store;
    private final HttpFleetLink link;
    private final UrgentEvents urgent;
    private final DeviceAlarms alarms;
    private final ConfigSync configSync;
    private final Heartbeats heartbeats;
    private final PulseMonitor pulse = new PulseMonitor();
    private final KioskMetrics metrics;
    private final OpsSources sources;
    private final AtomicReference<Duration> heartbeatPeriod;
    private final AtomicReference<Map<String, Object>> fleetSettings = new AtomicReference<>(Map.of());
    private OpsServer server;

    private Operations(KioskConfig config, DeviceManager devices, Set<String> serviceIds, Supplier<String> circuit,
                       Supplier<List<JournaledOperation>> openOperations, BackendTls tls, Settings settings, Clock clock) {
        this.fleetThread = Executors.newSingleThreadScheduledExecutor(named("kiosk-fleet"));
        this.alarmThread = Executors.newSingleThreadScheduledExecutor(named("kiosk-alarms"));
        this.store = FleetStore.open(settings.store(), clock);
        this.heartbeatPeriod = new AtomicReference<>(config.fleet().heartbeat());
        Supplier<Backlog> journal = () -> {
            List<JournaledOperation> open = openOperations.get();
            return new Backlog(open.size(), open.stream().map(JournaledOperation::createdAt).min(Instant::compareTo));
        };
        AtomicReference<Heartbeats> beats = new AtomicReference<>();
        AtomicReference<ConfigSync> sync = new AtomicReference<>();
        this.sources = new OpsSources(config.kioskId(), "0.1.0", devices, circuit, journal, store::backlog,
                () -> store.raisedSince(EventKind.CALL_STAFF, ""),
                () -> beats.get() == null ? Optional.empty() : beats.get().lastSuccess(),
                () -> sync.get() == null ? 0 : sync.get().runningVersion(),
                () -> sync.get() == null ? 0 : sync.get().desiredVersion(),
                pulse, serviceIds, clock);
        this.metrics = new KioskMetrics(sources);
        KioskConfig.Backend backend = config.backend();
        this.link = new HttpFleetLink(backend.baseUrl(), config.kioskId(), backend.apiKey(),
                backend.callTimeout() == null ? Duration.ofSeconds(8) : backend.callTimeout(), tls, metrics.backendCalls());
        this.urgent = new UrgentEvents(store, link, Executors.newSingleThreadScheduledExecutor(named("kiosk-urgent")));
        this.alarms = new DeviceAlarms(devices, urgent, settings.alarmSettle(), clock);
        this.configSync = new ConfigSync(link, store, new FleetSettingsApplier(heartbeatPeriod::set, fleetSettings::set),
                trustedKeys(config), new ConfigSync.Outcomes() {
                    @Override
                    public void applied(int version) {
                        // a configuration the fleet sends now runs: earlier refusals are no longer a problem
                        store.activeProblems().stream().filter(p -> p.getKey() == EventKind.CONFIG_REFUSED)
                                .forEach(p -> urgent.clear(EventKind.CONFIG_REFUSED, p.getValue()));
                    }

                    @Override
                    public void refused(int version, ConfigSync.Refusal reason, String detail) {
                        urgent.raise(EventKind.CONFIG_REFUSED, "v" + version + " " + reason.name().toLowerCase(java.util.Locale.ROOT));
                    }
                });
        sync.set(configSync);
        this.heartbeats = new Heartbeats(link, devices, configSync, this::counters, clock);
        beats.set(heartbeats);
    }

    /**
     * Whom the kiosk trusts to sign the configuration the fleet sends: {@code fleet.trusted-keys}, else in a
     * demo the demo operations key backend-stub signs with; nobody when the keys cannot be read (every
     * configuration is then refused, and the log says why).
     */
    static TrustedKeys trustedKeys(KioskConfig config) {
        Path keys = config.fleet().trustedKeys();
        if (keys == null) {
            if (config.mode() == KioskConfig.Mode.DEMO) {
                return TrustedKeys.demo();
            }
            LOG.error("fleet.trusted-keys is not set: every configuration the fleet sends will be refused");
            return TrustedKeys.of();
        }
        try {
            return TrustedKeys.load(keys);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.error("fleet.trusted-keys {} cannot be read ({}): every configuration the fleet sends will be refused", keys, e.getMessage());
            return TrustedKeys.of();
        }
    }

    /** Starts heartbeats, alarms, the outbox and (unless port is -1) the ops port; a port in use is logged, not fatal. */
    static Operations start(KioskConfig config, DeviceManager devices, Set<String> serviceIds, Supplier<String> circuit,
                            Supplier<List<JournaledOperation>> openOperations, BackendTls tls, Settings settings) {
        Operations ops = new Operations(config, devices, serviceIds, circuit, openOperations, tls, settings, Clock.systemUTC());
        ops.urgent.start();
        ops.alarms.start(ops.alarmThread);
        ops.alarmThread.scheduleWithFixedDelay(ops::sweep, ALARM_SWEEP.toMillis(), ALARM_SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        ops.fleetThread.schedule(ops::beat, HEARTBEAT_FIRST.toMillis(), TimeUnit.MILLISECONDS);
        if (settings.port() >= 0) {
            try {
                ops.server = OpsServer.start(settings.host(), settings.port(), ops.metrics, ops.sources);
                LOG.info("ops port {}:{} (/metrics, /health)", settings.host().getHostAddress(), ops.server.port());
            } catch (IOException e) {
                LOG.warn("ops port {} not available ({}); metrics and health are not served", settings.port(), e.getClass().getSimpleName());
            }
        }
        return ops;
    }

    private void sweep() {
        try {
            alarms.check();
        } catch (RuntimeException e) {
            LOG.warn("device alarms check failed", e);
        }
    }

    /** One heartbeat, then the next after the period in force (the fleet may change it). */
    private void beat() {
        try {
            heartbeats.send();
        } finally {
            try {
                fleetThread.schedule(this::beat, heartbeatPeriod.get().toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.debug("heartbeats stopped");
            }
        }
    }

    private Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("journal.backlog", (long) sources.journalBacklog().get().count());
        c.put("urgent.pending", (long) store.backlog().count());
        c.put("urgent.problems", (long) store.activeProblems().size());
        return c;
    }

    public KioskMetrics metrics() {
        return metrics;
    }

    public UrgentEvents urgentEvents() {
        return urgent;
    }

    /** Feed it from the UI thread every frame (see PulseMonitor). */
    public PulseMonitor pulse() {
        return pulse;
    }

    /** The settings the fleet last gave this kiosk (for the parts that own them). */
    public Map<String, Object> fleetSettings() {
        return fleetSettings.get();
    }

    public OptionalInt opsPort() {
        return server == null ? OptionalInt.empty() : OptionalInt.of(server.port());
    }

    @Override
    public void close() {
        pulse.close();
        if (server != null) {
            server.close();
        }
        alarms.close();
        fleetThread.shutdownNow();
        alarmThread.shutdownNow();
        urgent.close();
        link.shutdown();
        store.close();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
