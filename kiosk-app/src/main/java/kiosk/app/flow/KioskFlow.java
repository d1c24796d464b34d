package kiosk.app.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kiosk.app.backend.BackendException;
import kiosk.app.backend.KioskBackend;
import kiosk.app.backend.OrderItem;
import kiosk.app.backend.PaymentOrder;
import kiosk.app.backend.Resident;
import kiosk.app.backend.Violation;
import kiosk.app.i18n.Language;
import kiosk.app.receipt.ReceiptComposer;
import kiosk.app.session.IdleTimer;
import kiosk.app.session.Identification;
import kiosk.peripherals.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resident's visit as a state machine, without JavaFX: intents in (touch, language, card read,
 * service, pay, cancel), immutable {@link FlowState} snapshots out to listeners. Blocking work (backend,
 * printer) runs on the I/O executor; its result is applied only if the visit it belongs to is still the
 * current one, so a resident who timed out never sees the previous resident's data.
 *
 * <p>Thread-safe: every state change happens under this object's lock. Listeners are called under the
 * lock and must not block (the JavaFX view hands the snapshot to Platform.runLater).
 */
public final class KioskFlow implements ResidentIntents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskFlow.class);
    private static final Duration PAYMENT_POLL = Duration.ofSeconds(2);

    private final KioskBackend backend;
    private final PaymentDesk payments;
    private final ReceiptOutput printer;
    private final ReceiptComposer receipts;
    private final ExecutorService io;
    private final ScheduledExecutorService scheduler;
    private final Duration paymentTimeout;
    private final IdleTimer idle;
    private final Language defaultLanguage;
    private final List<Consumer<FlowState>> listeners = new CopyOnWriteArrayList<>();

    private FlowState state;
    private long visit; // increases whenever a visit ends; stale async results compare against it
    private boolean readerReady = true;

    // The visit's data: personal, dropped by wipe().
    private Identification identification;
    private Resident resident;
    private List<Violation> violations = List.of();
    private final Set<String> selected = new LinkedHashSet<>();
    private PaymentDesk.Ticket ticket;
    private ScheduledFuture<?> paymentTimer;
    private List<PaymentDesk.Ticket> reprints = List.of();

    public KioskFlow(KioskBackend backend, PaymentDesk payments, ReceiptOutput printer, ReceiptComposer receipts,
                     ExecutorService io, ScheduledExecutorService scheduler,
                     Duration idleTimeout, Duration idleWarning, Duration paymentTimeout, Language defaultLanguage) {
        this.backend = backend;
        this.payments = payments;
        this.printer = printer;
        this.receipts = receipts;
        this.io = io;
        this.scheduler = scheduler;
        this.paymentTimeout = paymentTimeout;
        this.defaultLanguage = defaultLanguage;
        this.idle = new IdleTimer(scheduler, Runnable::run, idleTimeout, idleWarning, this::idleWarning, this::idleTimeout);
        this.state = new FlowState(Screen.ATTRACT, new ScreenModel.Attract(false, null), defaultLanguage, false, 0);
    }

    // ---- observation

    public synchronized FlowState state() {
        return state;
    }

    /** Subscribes and immediately delivers the current state. */
    public synchronized Runnable subscribe(Consumer<FlowState> listener) {
        listeners.add(listener);
        listener.accept(state);
        return () -> listeners.remove(listener);
    }

    // ---- intents

    /** Any touch or key: the resident is still here. */
    @Override
    public synchronized void touch() {
        idle.activity();
        if (state.idleWarningSeconds() > 0) {
            publish(state.withIdleWarning(0));
        }
    }

    /** The attract screen was touched. */
    @Override
    public synchronized void start() {
        if (state.screen() != Screen.ATTRACT) {
            return;
        }
        if (!readerReady) {
            show(Screen.ATTRACT, new ScreenModel.Attract(true, "attract.out-of-service.reader"));
            return;
        }
        idle.arm();
        show(Screen.LANGUAGE, new ScreenModel.LanguageChoice());
    }

    @Override
    public synchronized void chooseLanguage(Language language) {
        touch();
        publish(state.withLanguage(language));
        if (state.screen() == Screen.LANGUAGE) {
            show(Screen.INSERT_CARD, new ScreenModel.InsertCard(readerReady, null));
        }
    }

    /** The card reader produced an identity. Ignored unless the kiosk is asking for a card. */
    public synchronized void cardRead(Identification id) {
        if (state.screen() != Screen.INSERT_CARD || state.busy()) {
            return;
        }
        touch();
        identification = id;
        LOG.info("Card read for {}", id);
        long myVisit = visit;
        publish(state.withBusy(true));
        io.execute(() -> {
            try {
                Resident found = backend.lookupResident(id.idNumber(), id.name());
                List<PaymentDesk.Ticket> owed = payments.reprintable(payments.residentKey(id.idNumber()));
                applyIf(myVisit, () -> {
                    resident = found;
                    reprints = owed;
                    showMenu();
                });
            } catch (BackendException e) {
                applyIf(myVisit, () -> fail(Problems.of(e)));
            } catch (RuntimeException e) {
                LOG.error("Resident lookup failed unexpectedly", e);
                applyIf(myVisit, () -> fail(Problems.unexpected(e)));
            }
        });
    }

    /** The card reader failed to read a card: tell the resident what to do with it. */
    public synchronized void cardFailed(DeviceException error) {
        if (state.screen() == Screen.INSERT_CARD) {
            show(Screen.INSERT_CARD, new ScreenModel.InsertCard(readerReady, Problems.ofCardRead(error)));
        }
    }

    /**
     * A QR code was scanned. No step of this build takes one yet; on the ID-card step the resident is
     * told that the card is needed (an electronic ID code is not accepted here), elsewhere it is ignored.
     */
    @Override
    public synchronized void codeScanned() {
        if (state.screen() == Screen.INSERT_CARD && !state.busy()) {
            touch();
            show(Screen.INSERT_CARD, new ScreenModel.InsertCard(readerReady, Problems.qrNotAccepted()));
        }
    }

    @Override
    public synchronized void chooseService(Service service) {
        if (state.screen() != Screen.MENU || state.busy() || resident == null) {
            return;
        }
        touch();
        if (service == Service.TRAFFIC_FINES) {
            loadViolations();
        } else if (service == Service.REPRINT_RECEIPTS && !reprints.isEmpty()) {
            reprintReceipts();
        }
    }

    @Override
    public synchronized void toggleViolation(String violationId) {
        if (state.screen() != Screen.VIOLATIONS) {
            return;
        }
        touch();
        violations.stream().filter(v -> v.violationId().equals(violationId) && v.payable()).findFirst().ifPresent(v -> {
            if (!selected.remove(violationId)) {
                selected.add(violationId);
            }
            showViolations();
        });
    }

    /** Pays for the selected violations: journaled, then a scan-to-pay order. */
    @Override
    public synchronized void paySelected() {
        if (state.screen() != Screen.VIOLATIONS || state.busy() || selected.isEmpty()) {
            return;
        }
        touch();
        List<OrderItem> items = selected.stream().map(OrderItem::trafficFine).toList();
        String residentId = resident.residentId();
        String residentKey = payments.residentKey(identification.idNumber());
        long myVisit = visit;
        publish(state.withBusy(true));
        io.execute(() -> {
            try {
                PaymentDesk.Ticket started = payments.start(residentId, residentKey, items);
                applyIf(myVisit, () -> showPayment(started));
            } catch (BackendException e) {
                applyIf(myVisit, () -> fail(Problems.of(e)));
            } catch (RuntimeException e) {
                LOG.error("Payment start failed unexpectedly", e);
                applyIf(myVisit, () -> fail(Problems.unexpected(e)));
            }
        });
    }

    /** Back to the menu from a service screen (nothing paid). */
    @Override
    public synchronized void back() {
        touch();
        switch (state.screen()) {
            case VIOLATIONS -> showMenu();
            case PAYMENT -> {
                abandonPayment();
                showViolations();
            }
            case LANGUAGE, INSERT_CARD -> endVisit();
            case ERROR -> {
                if (resident != null) {
                    showMenu(); // identified: try the service again
                } else {
                    identification = null; // the lookup failed: place the card again
                    show(Screen.INSERT_CARD, new ScreenModel.InsertCard(readerReady, null));
                }
            }
            default -> { }
        }
    }

    /** "Finish" / "Home": ends the visit and wipes everything about the resident. */
    @Override
    public synchronized void finish() {
        if (state.screen() == Screen.PRINTING) {
            return; // the receipt is on its way; the visit ends when it is out
        }
        if (state.screen() == Screen.PAYMENT) {
            abandonPayment();
        }
        endVisit();
    }

    // ---- device status

    /** The card reader became usable or unusable. */
    public synchronized void readerAvailability(boolean ready) {
        readerReady = ready;
        if (state.screen() == Screen.ATTRACT) {
            show(Screen.ATTRACT, new ScreenModel.Attract(!ready, ready ? null : "attract.out-of-service.reader"));
        } else if (state.screen() == Screen.INSERT_CARD && state.model() instanceof ScreenModel.InsertCard card) {
            show(Screen.INSERT_CARD, new ScreenModel.InsertCard(ready, ready ? card.problem() : Problems.readerUnavailable()));
        }
    }

    /** The printer changed: the menu says up front when a paid service could not print its receipt. */
    public synchronized void printerAvailability() {
        if (state.screen() == Screen.MENU) {
            showMenu();
        }
    }

    // ---- internals (called with the lock held)

    private void loadViolations() {
        String residentId = resident.residentId();
        long myVisit = visit;
        publish(state.withBusy(true));
        io.execute(() -> {
            try {
                List<Violation> found = backend.violations(residentId);
                applyIf(myVisit, () -> {
                    violations = List.copyOf(found);
                    selected.clear();
                    violations.stream().filter(Violation::payable).forEach(v -> selected.add(v.violationId()));
                    showViolations();
                });
            } catch (BackendException e) {
                applyIf(myVisit, () -> fail(Problems.of(e)));
            } catch (RuntimeException e) {
                LOG.error("Violation query failed unexpectedly", e);
                applyIf(myVisit, () -> fail(Problems.unexpected(e)));
            }
        });
    }

    private void showMenu() {
        boolean canPrint = printer.canPrint();
        String noPrinter = canPrint ? null : "menu.unavailable.printer";
        List<ScreenModel.ServiceOption> services = new ArrayList<>();
        services.add(new ScreenModel.ServiceOption(Service.TRAFFIC_FINES, canPrint, noPrinter));
        if (!reprints.isEmpty()) {
            services.add(new ScreenModel.ServiceOption(Service.REPRINT_RECEIPTS, canPrint,
                    canPrint ? null : "menu.unavailable.printer-reprint"));
        }
        show(Screen.MENU, new ScreenModel.Menu(identification == null ? "" : identification.maskedName(), services));
    }

    private void showViolations() {
        List<ScreenModel.ViolationRow> rows = new ArrayList<>();
        long total = 0;
        for (Violation v : violations) {
            rows.add(new ScreenModel.ViolationRow(v.violationId(), v.plate(), v.occurredAt(), v.location(),
                    v.description(), v.fineCents(), v.points(), v.payable()));
            if (selected.contains(v.violationId())) {
                total += v.fineCents();
            }
        }
        show(Screen.VIOLATIONS, new ScreenModel.Violations(rows, Set.copyOf(selected), total));
    }

    private void showPayment(PaymentDesk.Ticket started) {
        ticket = started;
        idle.disarm(); // the payment screen has its own countdown
        Instant deadline = Instant.now().plus(paymentTimeout);
        if (started.order().expiresAt() != null && started.order().expiresAt().isBefore(deadline)) {
            deadline = started.order().expiresAt();
        }
        Instant until = deadline;
        show(Screen.PAYMENT, paymentModel(until));
        long myVisit = visit;
        paymentTimer = scheduler.scheduleWithFixedDelay(() -> pollPayment(myVisit, until),
                PAYMENT_POLL.toMillis(), PAYMENT_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ScreenModel.Payment paymentModel(Instant until) {
        int secondsLeft = (int) Math.max(0, Duration.between(Instant.now(), until).toSeconds());
        PaymentOrder order = ticket.order();
        return new ScreenModel.Payment(order.orderId(), order.qrPayload(), order.amountCents(), secondsLeft);
    }

    private void pollPayment(long myVisit, Instant until) {
        String paymentId;
        synchronized (this) {
            if (myVisit != visit || ticket == null || state.screen() != Screen.PAYMENT) {
                return;
            }
            paymentId = ticket.paymentId();
            show(Screen.PAYMENT, paymentModel(until)); // countdown
        }
        try {
            PaymentDesk.Ticket now = payments.refresh(paymentId);
            applyIf(myVisit, () -> {
                if (state.screen() != Screen.PAYMENT) {
                    return;
                }
                ticket = now;
                switch (now.order().status()) {
                    case PAID -> printReceipt();
                    case EXPIRED, CANCELLED -> {
                        stopPaymentTimer();
                        fail(Problems.paymentExpired());
                    }
                    default -> {
                        if (Instant.now().isAfter(until)) {
                            abandonPayment();
                            fail(Problems.paymentExpired());
                        }
                    }
                }
            });
        } catch (BackendException e) {
            // The order stays journaled; a missed poll is retried on the next tick, the countdown goes on.
            LOG.warn("Payment status poll failed: {}", e.code());
            applyIf(myVisit, () -> {
                if (state.screen() == Screen.PAYMENT && Instant.now().isAfter(until)) {
                    abandonPayment();
                    fail(Problems.paymentExpired());
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Payment status poll failed unexpectedly", e);
        }
    }

    /** Paid: print. The resident may not leave or be timed out until the receipt is out or has failed. */
    private void printReceipt() {
        stopPaymentTimer();
        PaymentDesk.Ticket paid = ticket;
        List<Violation> paidFor = violations.stream().filter(v -> selected.contains(v.violationId())).toList();
        var receipt = receipts.trafficFines(state.language(), paid.order(), paidFor, identification);
        show(Screen.PRINTING, new ScreenModel.Printing());
        long myVisit = visit;
        io.execute(() -> {
            try {
                printer.print(receipt);
                String note = payments.printed(paid.paymentId());
                applyIf(myVisit, () -> done(paid, true, null, note));
            } catch (DeviceException e) {
                LOG.warn("Receipt for payment {} did not print: {}", paid.paymentId(), e.reason());
                payments.printFailed(paid.paymentId(), e.reason());
                applyIf(myVisit, () -> done(paid, false, Problems.ofPrint(e), null));
            } catch (RuntimeException e) {
                LOG.error("Receipt printing failed unexpectedly", e);
                payments.printFailed(paid.paymentId(), "unexpected");
                applyIf(myVisit, () -> done(paid, false, Problems.unexpected(e), null));
            }
        });
    }

    private void done(PaymentDesk.Ticket paid, boolean printed, Problem problem, String noteKey) {
        ticket = null;
        idle.arm();
        show(Screen.DONE, new ScreenModel.Done(paid.order().amountCents(), printed, paid.order().orderId(), problem, false,
                noteKey));
    }

    /** Prints every receipt this resident paid for but did not get; each is journaled as printed once out. */
    private void reprintReceipts() {
        List<PaymentDesk.Ticket> owed = reprints;
        Language language = state.language();
        Identification who = identification;
        idle.disarm();
        show(Screen.PRINTING, new ScreenModel.Printing());
        long myVisit = visit;
        io.execute(() -> {
            long cents = 0;
            List<PaymentDesk.Ticket> left = new ArrayList<>(owed);
            Problem problem = null;
            String note = null;
            for (PaymentDesk.Ticket paid : owed) {
                try {
                    printer.print(receipts.reprint(language, paid.order(), who));
                    String delivery = payments.printed(paid.paymentId());
                    note = note != null ? note : delivery;
                    cents += paid.order().amountCents();
                    left.remove(paid);
                } catch (DeviceException e) {
                    LOG.warn("Reprint of payment {} did not print: {}", paid.paymentId(), e.reason());
                    payments.printFailed(paid.paymentId(), e.reason());
                    problem = Problems.ofPrint(e);
                    break;
                }
            }
            long printedCents = cents;
            Problem failure = problem;
            String noteKey = note;
            applyIf(myVisit, () -> {
                reprints = List.copyOf(left);
                idle.arm();
                show(Screen.DONE, new ScreenModel.Done(printedCents, failure == null, owed.get(0).order().orderId(), failure,
                        true, noteKey));
            });
        });
    }

    private void abandonPayment() {
        stopPaymentTimer();
        if (ticket != null && !ticket.order().isPaid()) {
            String paymentId = ticket.paymentId();
            io.execute(() -> payments.abandon(paymentId));
        }
        ticket = null;
        idle.arm();
    }

    private void stopPaymentTimer() {
        if (paymentTimer != null) {
            paymentTimer.cancel(false);
            paymentTimer = null;
        }
    }

    private void fail(Problem problem) {
        stopPaymentTimer();
        show(Screen.ERROR, new ScreenModel.Error(problem));
    }

    private void idleWarning(int seconds) {
        synchronized (this) {
            if (state.idleWarningSeconds() != seconds && state.screen() != Screen.ATTRACT) {
                publish(state.withIdleWarning(seconds));
            }
        }
    }

    private void idleTimeout() {
        synchronized (this) {
            if (state.screen() == Screen.PRINTING || state.screen() == Screen.PAYMENT) {
                return; // these steps end themselves
            }
            LOG.info("Visit ended by idle timeout on {}", state.screen());
            endVisit();
        }
    }

    /** Ends the visit: every trace of the resident goes, the language returns to the default. */
    private void endVisit() {
        visit++;
        stopPaymentTimer();
        idle.disarm();
        identification = null;
        resident = null;
        violations = List.of();
        selected.clear();
        ticket = null;
        reprints = List.of();
        state = new FlowState(Screen.ATTRACT, new ScreenModel.Attract(!readerReady,
                readerReady ? null : "attract.out-of-service.reader"), defaultLanguage, false, 0);
        notifyListeners();
    }

    /** Whether any of the resident's data is still held (for tests of the wipe). */
    public synchronized boolean holdsResidentData() {
        return identification != null || resident != null || !violations.isEmpty() || !selected.isEmpty() || ticket != null
                || !reprints.isEmpty();
    }

    private void applyIf(long expectedVisit, Runnable change) {
        synchronized (this) {
            if (expectedVisit == visit) {
                change.run();
            }
        }
    }

    private void show(Screen screen, ScreenModel model) {
        publish(new FlowState(screen, model, state.language(), false, state.idleWarningSeconds()));
    }

    private void publish(FlowState next) {
        state = next;
        notifyListeners();
    }

    private void notifyListeners() {
        for (Consumer<FlowState> listener : listeners) {
            try {
                listener.accept(state);
            } catch (RuntimeException e) {
                LOG.warn("Flow listener failed", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        stopPaymentTimer();
        idle.disarm();
    }
}
