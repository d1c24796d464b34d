package kiosk.app.admin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.config.Localized;
import kiosk.config.PinHash;

/** Admin mode's parts around a fake device set and a capturing reporter (shared by the model and view tests). */
final class AdminFixture implements AutoCloseable {

    static final String PIN = "246810";
    static final String CARD = "110101198001010017";

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Devices that answer as a test tells them to. */
    static final class FakeDevices implements AdminDevices {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile boolean printerWorks = true;

        @Override
        public List<DeviceRow> devices() {
            return List.of(new DeviceRow("id-reader", "id-card-reader", "ONLINE", "ONLINE media=NOT_PRESENT", true),
                    new DeviceRow("receipt-printer", "receipt-printer", printerWorks ? "ONLINE" : "USER_ERROR",
                            printerWorks ? "ONLINE paper=FULL" : "USER_ERROR paper=OUT", printerWorks),
                    new DeviceRow("qr-scanner", "qr-scanner", "ONLINE", "ONLINE", true));
        }

        @Override
        public TestResult testPrint(String deviceId) {
            calls.add("print " + deviceId);
            return printerWorks ? TestResult.of(true, "admin.test.printed", 840)
                    : TestResult.of(false, "admin.test.print-failed", "printer.paper-out", "MEDIA_JAM");
        }

        @Override
        public TestResult testCardRead(Duration wait) {
            calls.add("card");
            return TestResult.of(true, "admin.test.card-read", "RESIDENT_ID", "1101**********1235");
        }

        @Override
        public TestResult testScan(Duration wait) {
            calls.add("scan");
            return TestResult.of(false, "admin.test.no-scan", wait.toSeconds());
        }
    }

    /** Keeps what it was sent; fails while {@code down}. */
    static final class CapturingReporter implements AdminReporter {
        final List<AuditRecord> sent = new CopyOnWriteArrayList<>();
        volatile boolean down;

        @Override
        public void send(String kioskId, AuditRecord record) throws IOException {
            if (down) {
                throw new IOException("backend unreachable");
            }
            sent.add(record);
        }
    }

    final MovableClock clock = new MovableClock();
    final FakeDevices devices = new FakeDevices();
    final CapturingReporter reporter = new CapturingReporter();
    final AtomicReference<KioskConfig> reloadResult = new AtomicReference<>();
    final AtomicReference<String> reloadProblem = new AtomicReference<>();
    final List<KioskConfig> applied = new ArrayList<>();
    final AtomicInteger restarts = new AtomicInteger();
    final KioskConfig config;
    final AuditStore store;
    final AdminAudit audit;
    final ServiceSwitches services;
    final PaperGauge paper;
    final RecentEvents events;
    final StaffCalls calls;
    final AdminModel model;

    AdminFixture(Path dir, Executor io) {
        this(dir, io, key -> Localized.of("zh " + key, "tw " + key, "en " + key));
    }

    AdminFixture(Path dir, Executor io, java.util.function.Function<String, Localized> reasons) {
        KioskConfig demo = DemoConfig.load();
        config = demo.withJournal(new KioskConfig.Journal(dir.resolve("kiosk.db"))).withAdmin(new KioskConfig.Admin(List.of(
                new KioskConfig.Staff("S-0107", PinHash.create(PIN.toCharArray(), 1_000),
                        Optional.of(PinHash.create(CARD.toCharArray(), 1_000)))), 3, Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(2)));
        reloadResult.set(config.withVersion(2));
        store = AuditStore.open(config.journal().file());
        audit = new AdminAudit(store, reporter, config.kioskId(), clock);
        services = new ServiceSwitches(store, config.services());
        paper = new PaperGauge(store, config.paper(), clock);
        events = new RecentEvents(50, clock);
        calls = new StaffCalls(clock);
        model = new AdminModel(config, new AdminModel.Parts(new PinGate(config.admin(), clock), audit, devices, services, paper,
                events, calls, () -> {
                    if (reloadProblem.get() != null) {
                        throw new kiosk.config.ConfigException(List.of(kiosk.config.Problem.at(4, "literal", reloadProblem.get())),
                                "kiosk.yaml");
                    }
                    return reloadResult.get();
                }, applied::add, restarts::incrementAndGet,
                reasons, List.of("traffic.fines", "household.certificate")),
                io, clock);
    }

    void enterPin(String pin) {
        model.begin();
        for (char c : pin.toCharArray()) {
            model.digit(c);
        }
        model.submitPin();
    }

    @Override
    public void close() {
        audit.close();
        store.close();
    }
}
