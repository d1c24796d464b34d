package kiosk.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import kiosk.config.ConfigException;
import kiosk.config.KioskConfig;
import kiosk.config.Localized;

/**
 * Admin mode's logic, without JavaFX: PIN entry with lockout, the sections and their actions, each
 * action journaled (time, staff id) before it is carried out and reported to the backend. Every intent
 * runs on the I/O executor (PBKDF2, SQLite, devices and the network never touch the FX thread);
 * listeners get a new {@link AdminState} after each change, on that executor.
 */
public final class AdminModel implements AdminIntents {

    /** Prepared reasons a disabled service can show residents (keys of the residents' bundle). */
    public static final List<String> REASONS = List.of("admin.reason.maintenance", "admin.reason.device-fault",
            "admin.reason.counter");
    private static final int MAX_PIN = 12;
    private static final Duration TEST_WAIT = Duration.ofSeconds(20);

    /** What admin mode works with; the assembly builds it (see {@link AdminMode}). */
    public record Parts(PinGate gate, AdminAudit audit, AdminDevices devices, ServiceSwitches services, PaperGauge paper,
                        RecentEvents events, StaffCalls calls, ConfigReloader reloader, Consumer<KioskConfig> onReloaded,
                        Runnable restart, Function<String, Localized> reasons, List<String> knownServices) {
    }

    private final Parts parts;
    private final Executor io;
    private final Clock clock;
    private final List<Consumer<AdminState>> listeners = new CopyOnWriteArrayList<>();
    private final char[] pin = new char[MAX_PIN];
    private int pinLength;
    private KioskConfig config;
    private final KioskConfig startedWith; // what a reload is compared with: what only a restart applies
    private AdminState state = AdminState.closed();
    private Instant lastTouch;

    public AdminModel(KioskConfig config, Parts parts, Executor io, Clock clock) {
        this.config = config;
        this.startedWith = config;
        this.parts = parts;
        this.io = io;
        this.clock = clock;
        this.lastTouch = clock.instant();
        parts.calls().subscribe(open -> io.execute(this::refresh));
    }

    public void subscribe(Consumer<AdminState> listener) {
        listeners.add(listener);
        listener.accept(state());
    }

    public synchronized AdminState state() {
        return state;
    }

    public synchronized boolean isOpen() {
        return state.phase() != AdminState.Phase.CLOSED;
    }

    @Override
    public void begin() {
        run(() -> {
            if (state().phase() == AdminState.Phase.CLOSED) {
                clearPin();
                set(s -> s.with(AdminState.Phase.PIN_ENTRY, 0, parts.gate().lockedUntil(), "", AdminState.Section.DEVICES,
                        false, parts.gate().lockedUntil().map(u -> AdminState.Notice.of(false, "admin.pin.locked", seconds(u)))));
            }
        });
    }

    @Override
    public void digit(char digit) {
        run(() -> {
            synchronized (this) {
                if (state.phase() != AdminState.Phase.PIN_ENTRY || pinLength >= MAX_PIN || !Character.isDigit(digit)) {
                    return;
                }
                pin[pinLength++] = digit;
            }
            set(s -> s.with(s.phase(), pinLength, s.lockedUntil(), "", s.section(), false, Optional.empty()));
        });
    }

    @Override
    public void deleteDigit() {
        run(() -> {
            synchronized (this) {
                if (pinLength > 0) {
                    pin[--pinLength] = '\0';
                }
            }
            set(s -> s.with(s.phase(), pinLength, s.lockedUntil(), "", s.section(), false, s.notice()));
        });
    }

    @Override
    public void submitPin() {
        run(() -> {
            char[] entered;
            synchronized (this) {
                if (state.phase() != AdminState.Phase.PIN_ENTRY) {
                    return;
                }
                entered = Arrays.copyOf(pin, pinLength);
                clearPin();
            }
            set(s -> s.with(s.phase(), 0, s.lockedUntil(), "", s.section(), true, Optional.empty()));
            try {
                entry(parts.gate().tryPin(entered), "pin");
            } finally {
                Arrays.fill(entered, '\0');
            }
        });
    }

    @Override
    public void staffCard(String documentNumber) {
        run(() -> {
            if (state().phase() == AdminState.Phase.PIN_ENTRY) {
                entry(parts.gate().tryCard(documentNumber), "card");
            }
        });
    }

    private void entry(PinGate.Outcome outcome, String means) {
        if (outcome instanceof PinGate.Outcome.Granted granted) {
            parts.audit().record(granted.staffId(), AdminAction.ENTERED, means, "");
            parts.events().add("admin", "ENTERED " + granted.staffId());
            set(s -> s.with(AdminState.Phase.OPEN, 0, Optional.empty(), granted.staffId(), AdminState.Section.DEVICES, false,
                    Optional.of(AdminState.Notice.of(true, "admin.welcome", granted.staffId()))));
            refresh();
        } else if (outcome instanceof PinGate.Outcome.Wrong wrong) {
            parts.audit().record("-", AdminAction.ENTRY_REFUSED, means, "attempts left " + wrong.attemptsLeft());
            set(s -> s.with(AdminState.Phase.PIN_ENTRY, 0, Optional.empty(), "", s.section(), false,
                    Optional.of(AdminState.Notice.of(false, "admin.pin.wrong", wrong.attemptsLeft()))));
        } else if (outcome instanceof PinGate.Outcome.Locked locked) {
            parts.audit().record("-", AdminAction.LOCKED_OUT, means, "until " + locked.until());
            set(s -> s.with(AdminState.Phase.PIN_ENTRY, 0, Optional.of(locked.until()), "", s.section(), false,
                    Optional.of(AdminState.Notice.of(false, "admin.pin.locked", seconds(locked.until())))));
        }
    }

    @Override
    public void show(AdminState.Section section) {
        open(staff -> {
            set(s -> s.with(s.phase(), 0, Optional.empty(), staff, section, false, Optional.empty()));
            refresh();
        });
    }

    @Override
    public void testPrint(String deviceId) {
        test(AdminAction.TEST_PRINT, deviceId, () -> parts.devices().testPrint(deviceId));
    }

    @Override
    public void testCardRead() {
        test(AdminAction.TEST_CARD_READ, "id-card-reader", () -> parts.devices().testCardRead(TEST_WAIT));
    }

    @Override
    public void testScan() {
        test(AdminAction.TEST_SCAN, "qr-scanner", () -> parts.devices().testScan(TEST_WAIT));
    }

    private void test(AdminAction action, String subject, java.util.function.Supplier<AdminDevices.TestResult> run) {
        open(staff -> {
            set(s -> s.with(s.phase(), 0, Optional.empty(), staff, s.section(), true,
                    Optional.of(AdminState.Notice.of(true, "admin.test.running"))));
            AdminDevices.TestResult result = run.get();
            parts.audit().record(staff, action, subject, (result.ok() ? "ok " : "failed ") + result.key() + " " + result.args());
            parts.events().add("admin", action + " " + subject + (result.ok() ? " ok" : " failed"));
            set(s -> s.with(s.phase(), 0, Optional.empty(), staff, s.section(), false,
                    Optional.of(new AdminState.Notice(result.key(), result.args(), result.ok()))));
            refresh();
        });
    }

    @Override
    public void paperRefilled(String deviceId) {
        open(staff -> {
            parts.audit().record(staff, AdminAction.PAPER_REFILLED, deviceId, "");
            parts.paper().refilled(deviceId);
            parts.events().add("admin", "PAPER_REFILLED " + deviceId);
            notice(staff, AdminState.Notice.of(true, "admin.paper.refilled", deviceId));
        });
    }

    @Override
    public void disableService(String serviceId, String reasonKey) {
        open(staff -> {
            if (!REASONS.contains(reasonKey)) {
                notice(staff, AdminState.Notice.of(false, "admin.service.no-reason"));
                return;
            }
            Localized reason = parts.reasons().apply(reasonKey);
            parts.audit().record(staff, AdminAction.SERVICE_DISABLED, serviceId, reasonKey);
            parts.services().disable(serviceId, reason);
            parts.events().add("admin", "SERVICE_DISABLED " + serviceId);
            notice(staff, AdminState.Notice.of(true, "admin.service.disabled", serviceId));
        });
    }

    @Override
    public void enableService(String serviceId) {
        open(staff -> {
            parts.audit().record(staff, AdminAction.SERVICE_ENABLED, serviceId, "");
            parts.services().enable(serviceId);
            parts.events().add("admin", "SERVICE_ENABLED " + serviceId);
            boolean stillDisabled = !parts.services().current().enabled(serviceId);
            notice(staff, AdminState.Notice.of(!stillDisabled,
                    stillDisabled ? "admin.service.disabled-by-config" : "admin.service.enabled", serviceId));
        });
    }

    @Override
    public void reloadConfig() {
        open(staff -> {
            KioskConfig next;
            try {
                next = parts.reloader().reload();
            } catch (ConfigException e) {
                String first = e.problems(Locale.forLanguageTag("zh-CN")).stream().findFirst().orElse("");
                parts.audit().record(staff, AdminAction.CONFIG_RELOAD_FAILED, e.source(), e.problems().stream().findFirst().orElse(""));
                notice(staff, AdminState.Notice.of(false, "admin.config.invalid", e.problems().size(), first));
                return;
            } catch (java.io.IOException | RuntimeException e) {
                parts.audit().record(staff, AdminAction.CONFIG_RELOAD_FAILED, "", String.valueOf(e.getMessage()));
                notice(staff, AdminState.Notice.of(false, "admin.config.unreadable", String.valueOf(e.getMessage())));
                return;
            }
            java.util.List<String> afterRestart = ConfigChanges.needingRestart(startedWith, next);
            parts.audit().record(staff, AdminAction.CONFIG_RELOADED, "version " + next.version(),
                    afterRestart.isEmpty() ? "" : "after restart: " + String.join(", ", afterRestart));
            synchronized (this) {
                config = next;
            }
            parts.services().configured(next.services());
            parts.paper().configured(next.paper());
            parts.onReloaded().accept(next);
            notice(staff, afterRestart.isEmpty() ? AdminState.Notice.of(true, "admin.config.reloaded", next.version())
                    : AdminState.Notice.of(true, "admin.config.reloaded-restart", next.version(),
                            ConfigChanges.shortList(afterRestart)));
        });
    }

    @Override
    public void answerCall(long callId) {
        open(staff -> {
            Optional<StaffCalls.Call> call = parts.calls().answer(callId, staff);
            if (call.isPresent()) {
                parts.audit().record(staff, AdminAction.CALL_ANSWERED, "call " + callId, call.get().screen());
            }
            notice(staff, call.isPresent() ? AdminState.Notice.of(true, "admin.calls.answered")
                    : AdminState.Notice.of(false, "admin.calls.gone"));
        });
    }

    @Override
    public void restart() {
        open(staff -> {
            parts.audit().record(staff, AdminAction.RESTART, "", "");
            notice(staff, AdminState.Notice.of(true, "admin.restart.now"));
            parts.restart().run();
        });
    }

    @Override
    public void exit() {
        run(() -> {
            AdminState s = state();
            if (s.phase() == AdminState.Phase.OPEN) {
                parts.audit().record(s.staffId(), AdminAction.EXITED, "", "");
            }
            clearPin();
            set(x -> AdminState.closed());
        });
    }

    /** Closes admin mode left untouched for admin.idle-timeout; the assembly calls it every few seconds. */
    public void checkIdle() {
        Instant idleSince;
        synchronized (this) {
            idleSince = lastTouch;
        }
        if (isOpen() && Duration.between(idleSince, clock.instant()).compareTo(config.admin().idleTimeout()) >= 0) {
            exit();
        }
    }

    private void notice(String staff, AdminState.Notice notice) {
        set(s -> s.with(s.phase(), 0, Optional.empty(), staff, s.section(), false, Optional.of(notice)));
        refresh();
    }

    /** Runs an action only for an identified staff member, with their id. */
    private void open(Consumer<String> action) {
        run(() -> {
            AdminState s = state();
            if (s.phase() == AdminState.Phase.OPEN) {
                action.accept(s.staffId());
            }
        });
    }

    private void run(Runnable action) {
        synchronized (this) {
            lastTouch = clock.instant();
        }
        io.execute(action);
    }

    private void refresh() {
        if (state().phase() != AdminState.Phase.OPEN) {
            return;
        }
        List<AdminDevices.DeviceRow> devices = parts.devices().devices();
        List<AdminState.PaperRow> paper = devices.stream().filter(d -> d.kind().equals("receipt-printer"))
                .map(d -> new AdminState.PaperRow(d.id(), parts.paper().remainingMm(d.id()), parts.paper().low(d.id()))).toList();
        KioskConfig.Services current = parts.services().current();
        TreeSet<String> ids = new TreeSet<>(parts.knownServices());
        ids.addAll(current.disabled().keySet());
        List<AdminState.ServiceRow> services = new ArrayList<>();
        for (String id : ids) {
            services.add(new AdminState.ServiceRow(id, parts.reasons().apply("service." + id + ".title").in(Locale.forLanguageTag("zh-CN")), current.enabled(id),
                    current.disabledReason(id).map(r -> r.in(Locale.forLanguageTag("zh-CN"))).orElse("")));
        }
        int version;
        synchronized (this) {
            version = config.version();
        }
        int v = version;
        set(s -> s.withData(devices, paper, services, parts.events().recent(50), parts.calls().open(), v));
    }

    private void set(java.util.function.UnaryOperator<AdminState> change) {
        AdminState next;
        synchronized (this) {
            state = change.apply(state);
            next = state;
        }
        listeners.forEach(l -> l.accept(next));
    }

    private synchronized void clearPin() {
        Arrays.fill(pin, '\0');
        pinLength = 0;
    }

    private long seconds(Instant until) {
        return Math.max(1, (Duration.between(clock.instant(), until).toMillis() + 999) / 1000);
    }
}
