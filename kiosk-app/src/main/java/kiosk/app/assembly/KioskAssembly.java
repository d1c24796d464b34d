package kiosk.app.assembly;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.app.backend.BackendCalls;
import kiosk.app.backend.IdentityBackend;
import kiosk.app.backend.KioskBackend;
import kiosk.app.backend.KioskBackends;
import kiosk.app.flow.DocumentOutput;
import kiosk.app.flow.Io;
import kiosk.app.flow.StaffCalls;
import kiosk.app.voice.KioskVoice;
import kiosk.app.voice.Voice;
import kiosk.app.voice.VoiceObserver;
import kiosk.app.flow.PaymentDesk;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.receipt.ReceiptComposer;
import kiosk.app.transaction.RecoveryReport;
import kiosk.app.transaction.TransactionCore;
import kiosk.config.KioskConfig;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.sim.SimulatorRack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the whole kiosk from one configuration, without JavaFX. The demo, the
 * production launcher, the benchmarks and the end-to-end tests all start the kiosk through here.
 */
public final class KioskAssembly implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskAssembly.class);
    private static final Duration RECONCILE_PERIOD = Duration.ofSeconds(30);

    private final KioskConfig config;
    private final Messages messages;
    private final ExecutorService io;
    private final ScheduledExecutorService scheduler;
    private final ScheduledExecutorService forwarder;
    private final SimulatorRack rack;
    private final DeviceManager devices;
    private final kiosk.app.backend.ResilientKioskBackend backend;
    private final TransactionCore transactions;
    private final DeviceBridge bridge;
    private final VisitEngine flow;
    private final Set<String> serviceIds;
    private Operations operations;
    private kiosk.app.admin.AdminMode admin;
    private final StationStaffCalls staffCalls = new StationStaffCalls();
    private volatile java.nio.file.Path configFile; // what admin mode reloads; null: started from built-in settings
    private final Voice voice;
    private final HealthProbe health;
    private final kiosk.app.backend.HttpKioskBackend probeClient;

    /**
     * What tests and benchmarks may swap: the voice (null: espeak-ng when the machine can play it) and
     * the call-staff port (null: the urgent event in the log).
     */
    public record Options(Voice voice, StaffCalls staff, Duration healthEvery) {
        public static final Options DEFAULT = new Options(null, null, null);

        public Options withVoice(Voice value) {
            return new Options(value, staff, healthEvery);
        }

        public Options withStaff(StaffCalls value) {
            return new Options(voice, value, healthEvery);
        }

        /** How often the backend's health is looked at (default: kiosk.yaml's {@code backend.health-every}). */
        public Options withHealthEvery(Duration value) {
            return new Options(voice, staff, value);
        }
    }

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

    private KioskAssembly(KioskConfig config, Options options) {
        this.config = config;
        this.io = Executors.newFixedThreadPool(4, named("kiosk-io"));
        // The HTTP stack and the journal (SQLite's driver and native library) take the longest: both are
        // made on I/O threads while the rest assembles.
        CompletableFuture<kiosk.app.journal.Journal> journalReady = CompletableFuture.supplyAsync(
                () -> kiosk.app.journal.Journal.open(config.journal().file()), io);
        CompletableFuture<kiosk.app.backend.ResilientKioskBackend> backendReady = CompletableFuture.supplyAsync(() -> KioskBackends.create(config), io);
        this.messages = new Messages();
        this.scheduler = Executors.newScheduledThreadPool(1, named("kiosk-timer"));
        this.forwarder = Executors.newSingleThreadScheduledExecutor(named("kiosk-forward"));
        this.rack = new SimulatorRack();
        this.devices = new DeviceManager(DriverCatalog.standard(rack), Duration.ofSeconds(2));
        kiosk.app.journal.Journal journal = joined(journalReady);
        try {
            this.backend = joined(backendReady);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        this.transactions = TransactionCore.over(journal, config, backend);
        ReceiptComposer receipts = new ReceiptComposer(messages, config.kioskId(), ZoneId.systemDefault(), config.station());
        this.bridge = new DeviceBridge(devices);
        PaymentDesk payments = new CorePaymentDesk(transactions);
        this.voice = options.voice() != null ? options.voice() : KioskVoice.create(messages, VoiceObserver.NONE);
        StaffCalls staff = options.staff() != null ? options.staff() : staffCalls;
        List<ResidentService> services = ServiceCatalog.standard(backend, payments, receipts);
        this.serviceIds = services.stream().map(ResidentService::id).collect(Collectors.toUnmodifiableSet());
        this.flow = new VisitEngine(new VisitEngine.Parts(services,
                new IdentityBackend(backend), payments, bridge, new DocumentPrinterOutput(devices), receipts, config.station(), new Io(io),
                scheduler, config.session(), Language.of(config.defaultLanguage()), staff, voice, config.kioskId()));
        this.probeClient = KioskBackends.probe(config, HEALTH_TIMEOUT);
        this.health = new HealthProbe(probeClient, backend, flow, scheduler, io,
                options.healthEvery() != null ? options.healthEvery() : config.backend().healthEvery());
    }

    /** What the I/O thread made, or the failure it met as itself (not wrapped). */
    private static <T> T joined(CompletableFuture<T> made) {
        try {
            return made.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Builds and starts the kiosk: devices opened, journal recovered (in the background), flow ready. */
    public static KioskAssembly start(KioskConfig config) {
        return start(config, Options.DEFAULT, Operations.Settings.defaults(config));
    }

    public static KioskAssembly start(KioskConfig config, Options options) {
        return start(config, options, Operations.Settings.defaults(config));
    }

    /** As above, with the ops port and fleet store given (tests: port 0 and a temporary folder). */
    public static KioskAssembly start(KioskConfig config, Operations.Settings ops) {
        return start(config, Options.DEFAULT, ops);
    }

    public static KioskAssembly start(KioskConfig config, Options options, Operations.Settings ops) {
        KioskAssembly kiosk = new KioskAssembly(config, options);
        kiosk.devices.start(DeviceSpecs.of(config).stream().map(KioskAssembly::readerWaitsToBeAsked).toList());
        kiosk.bridge.connect(kiosk.flow);
        kiosk.health.start();
        // Recovery first, then the same round every period: late payments, refunds and queued records settle
        // while the kiosk runs, not only at the next start. Its own thread: it waits on the network.
        kiosk.forwarder.execute(kiosk::recover);
        kiosk.transactions.reconcileEvery(kiosk.forwarder, RECONCILE_PERIOD);
        // ---- operations (issue 11): heartbeats, urgent events, desired configuration, /metrics and /health
        kiosk.operations = Operations.start(config, kiosk.devices, kiosk.serviceIds, kiosk::circuitState,
                () -> kiosk.transactions.journal().openOperations(), fleetTls(config), ops);
        kiosk.flow.subscribe(new TransactionOutcomes(kiosk.operations.metrics().transactions()));
        kiosk.flow.subscribe(kiosk::reportServiceState);
        if (kiosk.backend.delegate() instanceof kiosk.app.backend.HttpKioskBackend http) {
            http.observeWith(kiosk.operations.metrics().backendCalls());
        }
        kiosk.admin = kiosk.startAdmin();
        kiosk.bridge.connect(kiosk.admin.model());
        kiosk.staffCalls.connect(kiosk.operations.urgentEvents(), kiosk.admin.calls());
        return kiosk;
    }

    private volatile boolean lastOutOfService; // a kiosk starts in service: only changes are reported
    private volatile boolean closing; // devices closing at shutdown are not an outage to report

    /** Out of service (or back) goes to the fleet as an urgent event, off the thread that showed it. */
    private void reportServiceState(kiosk.app.flow.FlowState state) {
        if (!closing && state.model() instanceof kiosk.app.flow.ScreenModel.Attract attract
                && attract.outOfService() != lastOutOfService) {
            boolean out = attract.outOfService();
            lastOutOfService = out;
            try {
                io.execute(() -> {
                    try {
                        operations.urgentEvents().outOfService(out);
                    } catch (RuntimeException e) {
                        LOG.warn("out-of-service event not recorded: {}", e.getClass().getSimpleName());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.debug("kiosk closing: out-of-service event not recorded");
            }
        }
    }

    /** Admin mode (issue 11): its audit, service switches the menu reads, events and staff calls. */
    private kiosk.app.admin.AdminMode startAdmin() {
        kiosk.app.admin.AdminReporter reporter;
        try {
            reporter = kiosk.app.admin.HttpAdminReporter.of(config);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("backend.tls: cannot load the kiosk certificate or the backend CA", e);
        }
        kiosk.app.admin.AdminMode mode = kiosk.app.admin.AdminMode.start(config,
                new kiosk.app.admin.PeripheralAdminDevices(devices), reporter, this::reloadConfig,
                reloaded -> admin.services().configured(reloaded.services()),
                () -> {
                    LOG.warn("restart asked in admin mode: the process ends, systemd starts it again");
                    System.exit(75); // EX_TEMPFAIL: Restart=always brings the kiosk back
                },
                serviceIds.stream().sorted().toList(), java.time.Clock.systemUTC());
        mode.events().attach(devices);
        flow.subscribe(new ShownProblems(mode.events()));
        bridge.onPrinted((device, mm) -> mode.paper().printed(device, mm)); // on the I/O thread that printed
        flow.useSwitchboard(id -> Optional.ofNullable(mode.services().current().disabled().get(id))
                .map(reason -> new kiosk.app.model.LocalizedText(reason.byTag())));
        return mode;
    }

    private KioskConfig reloadConfig() throws kiosk.config.ConfigException, java.io.IOException {
        java.nio.file.Path file = configFile;
        if (file == null) {
            throw new java.io.IOException("this kiosk was started from built-in settings: there is no kiosk.yaml to reload");
        }
        return kiosk.config.ConfigLoader.load(file);
    }

    /** The kiosk.yaml admin mode's "reload configuration" reads again. */
    public void useConfigFile(java.nio.file.Path file) {
        this.configFile = file;
    }

    /** Admin mode: the model its screen renders. */
    public kiosk.app.admin.AdminMode admin() {
        return admin;
    }


    /**
     * Card readers here read only when the flow asks for a card (see DeviceBridge), never on their own:
     * a card left on the reader must not be read into the attract screen or another visit.
     */
    private static DeviceSpec readerWaitsToBeAsked(DeviceSpec spec) {
        if (spec.kind() != DeviceKind.ID_CARD_READER || spec.settings().containsKey("watch")) {
            return spec;
        }
        Map<String, String> settings = new HashMap<>(spec.settings());
        settings.put("watch", "false");
        return new DeviceSpec(spec.id(), spec.kind(), spec.driver(), settings);
    }

    private String circuitState() {
        return backend.circuitBreaker().getState().name();
    }

    private static kiosk.app.backend.BackendTls fleetTls(KioskConfig config) {
        KioskConfig.Tls tls = config.backend().tls();
        if (tls == null) {
            return null;
        }
        try {
            return kiosk.app.backend.BackendTls.fromPemFiles(tls.identity(), tls.backendCa(), tls.pins());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("backend.tls: cannot load the kiosk certificate or the backend CA", e);
        }
    }

    private void recover() {
        try {
            RecoveryReport report = transactions.recover();
            LOG.info("Journal recovery: {}", report);
        } catch (RuntimeException e) {
            LOG.error("Journal recovery failed; it runs again at the next start", e);
        }
    }

    /** Waits (bounded) until every device reports usable, as a kiosk does before inviting residents in. */
    public boolean awaitDevices(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (devices.devices().stream().allMatch(d -> d.status().state().isUsable())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    public KioskConfig config() {
        return config;
    }

    public Messages messages() {
        return messages;
    }

    public VisitEngine flow() {
        return flow;
    }

    public kiosk.app.backend.ResilientKioskBackend backend() {
        return backend;
    }

    public TransactionCore transactions() {
        return transactions;
    }

    public DeviceManager devices() {
        return devices;
    }

    public SimulatorRack rack() {
        return rack;
    }

    public ExecutorService io() {
        return io;
    }

    /** Heartbeats, urgent events, metrics and health of this kiosk. */
    public Operations operations() {
        return operations;
    }

    @Override
    public void close() {
        closing = true;
        health.stop();
        if (admin != null) {
            admin.close();
        }
        if (operations != null) {
            operations.close();
        }
        flow.close();
        if (voice instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("voice did not close cleanly", e);
            }
        }
        bridge.close();
        devices.close();
        rack.close();
        io.shutdownNow();
        scheduler.shutdownNow();
        forwarder.shutdownNow();
        probeClient.shutdown();
        transactions.close();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
