package kiosk.app.admin;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.config.KioskConfig;
import kiosk.config.Localized;

/**
 * Admin mode assembled: its tables in the kiosk's SQLite file, the PIN gate, the audit with its
 * backend reports, the service switches residents' tiles read, the paper gauge, the events and the
 * call-staff requests, and the model the view renders. One per kiosk process.
 */
public final class AdminMode implements AutoCloseable {

    private final AuditStore store;
    private final AdminAudit audit;
    private final ServiceSwitches services;
    private final PaperGauge paper;
    private final RecentEvents events;
    private final StaffCalls calls;
    private final AdminModel model;
    private final ExecutorService io;
    private final ScheduledExecutorService timer;

    private AdminMode(KioskConfig config, AdminDevices devices, AdminReporter reporter, ConfigReloader reloader,
                      Consumer<KioskConfig> onReloaded, Runnable restart, List<String> knownServices, Clock clock) {
        this.store = AuditStore.open(config.journal().file());
        this.audit = new AdminAudit(store, reporter, config.kioskId(), clock);
        this.services = new ServiceSwitches(store, config.services());
        this.paper = new PaperGauge(store, config.paper(), clock);
        this.events = new RecentEvents(200, clock);
        this.calls = new StaffCalls(clock);
        this.io = Executors.newSingleThreadExecutor(daemon("admin-io"));
        Messages messages = new Messages();
        this.model = new AdminModel(config, new AdminModel.Parts(new PinGate(config.admin(), clock), audit, devices, services,
                paper, events, calls, reloader, onReloaded, restart,
                key -> Localized.of(messages.get(Language.ZH_CN, key), messages.get(Language.ZH_TW, key), messages.get(Language.EN, key)),
                knownServices), io, clock);
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("admin-idle"));
        timer.scheduleWithFixedDelay(model::checkIdle, 5, 5, TimeUnit.SECONDS);
        audit.forward(); // what a previous run could not report
    }

    /**
     * @param devices       the kiosk's devices ({@link PeripheralAdminDevices} over its DeviceManager)
     * @param reporter      where actions go ({@link HttpAdminReporter#of})
     * @param reloader      reads kiosk.yaml again
     * @param onReloaded    applies a reloaded configuration (the assembly's business)
     * @param restart       ends the process so systemd starts it again
     * @param knownServices the service ids the kiosk offers ("traffic.fines", ...)
     */
    public static AdminMode start(KioskConfig config, AdminDevices devices, AdminReporter reporter, ConfigReloader reloader,
                                  Consumer<KioskConfig> onReloaded, Runnable restart, List<String> knownServices, Clock clock) {
        return new AdminMode(config, devices, reporter, reloader, onReloaded, restart, knownServices, clock);
    }

    public AdminModel model() {
        return model;
    }

    /** What residents may use now: read this instead of {@code config.services()}. */
    public ServiceSwitches services() {
        return services;
    }

    public PaperGauge paper() {
        return paper;
    }

    public RecentEvents events() {
        return events;
    }

    public StaffCalls calls() {
        return calls;
    }

    public AdminAudit audit() {
        return audit;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        io.shutdown();
        try {
            io.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        audit.close();
        store.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
