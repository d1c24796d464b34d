package kiosk.app.transaction;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import kiosk.app.model.BackendException;
import kiosk.app.model.BackendException.Kind;
import kiosk.app.backend.KioskBackend;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.journal.IllegalTransitionException;
import kiosk.app.journal.Journal;
import kiosk.app.journal.JournalException;
import kiosk.app.journal.JournaledOperation;
import kiosk.app.journal.JournaledPayment;
import kiosk.app.journal.OperationKind;
import kiosk.app.journal.OperationState;
import kiosk.app.journal.PaymentState;
import kiosk.app.journal.SecretFile;
import kiosk.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's transactions, journaled before they touch the backend. Every mutating call is written
 * to the journal with a fresh idempotency key first and resent only with that key; payments move
 * through {@link PaymentState}; reconciliation ({@link #reconcile()}, at start and then every period
 * with {@link #reconcileEvery}) settles with the backend whatever no session follows any more.
 *
 * <p>Payments a session follows ("live": from {@link #startPayment} until {@link #printed},
 * {@link #printFailed}, {@link #abandon}, {@link #businessStepFailed} or expiry) are never touched by
 * reconciliation, so a resident looking at a QR code is never told their payment expired.
 *
 * <p>Store-and-forward: receipt records, refunds and cancellations are journaled always (past the
 * {@link QueueCaps} too: the caps only raise {@link Backlog#overCap()}), sent at once when possible,
 * otherwise retried per operation with exponential backoff, so one operation the backend keeps failing
 * never holds the others back.
 *
 * <p>Exceptions, for every public method: {@link BackendException} (checked, only where declared) when
 * the backend did not answer as needed; {@link JournalException} when the journal cannot be written or
 * read (the kiosk must go out of service, see {@link JournalException#reason()}); and
 * {@link IllegalArgumentException} for an unknown payment id or a call that makes no sense for the
 * payment's state (a programming error), and {@link IllegalTransitionException} only when two callers
 * move the same payment at the same moment (also a programming error: one session owns a payment).
 * Nothing else escapes.
 *
 * <p>All methods block on I/O: never call them on the JavaFX application thread.
 */
public final class TransactionCore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionCore.class);
    /** Below the backend's idempotency-key retention (24 h): older order creations are never resent. */
    static final Duration KEY_LIFETIME = Duration.ofHours(20);
    /** Failures where nothing reached the backend: the rest of a forwarding round would fail the same way. */
    private static final Set<Kind> LINK_DOWN = EnumSet.of(Kind.CIRCUIT_OPEN, Kind.BUSY);
    private static final Set<String> NOT_CONNECTED = Set.of("CONNECT_FAILED", "CONNECT_TIMEOUT");
    private static final String SECRET = "resident-key";

    private final Journal journal;
    private final KioskBackend backend;
    private final QueueCaps caps;
    private final CoreSettings settings;
    private final ResidentKeys residentKeys;
    /** One reconciliation round at a time. */
    private final ReentrantLock reconciling = new ReentrantLock();
    /** One forwarding round at a time. */
    private final ReentrantLock forwarding = new ReentrantLock();
    /** Payments a session follows, with when the session last touched them. */
    private final Map<String, Instant> live = new ConcurrentHashMap<>();
    /** Payments abandoned while their order was still being created: cancelled once it exists. */
    private final Set<String> abandonAfterStart = ConcurrentHashMap.newKeySet();
    /** Idempotency keys being sent right now (by a session or a forwarding round): never sent twice at once. */
    private final Set<String> sending = ConcurrentHashMap.newKeySet();
    /** Per-operation backoff after a failed try. */
    private final Map<String, Retry> retries = new ConcurrentHashMap<>();
    private final List<Consumer<Payment>> reprintListeners = new CopyOnWriteArrayList<>();
    /** Sends what a session hands over without waiting for it (a cancel after Back): the session never waits. */
    private final java.util.concurrent.ExecutorService courier = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-courier");
        t.setDaemon(true);
        return t;
    });
    /** Payments made reprintable without a session since this core started (for the round's report). */
    private final java.util.concurrent.atomic.AtomicInteger madeReprintable = new java.util.concurrent.atomic.AtomicInteger();

    private record Retry(int failures, Instant notBefore) {
    }

    public TransactionCore(Journal journal, KioskBackend backend, QueueCaps caps) {
        this(journal, backend, caps, CoreSettings.defaults());
    }

    public TransactionCore(Journal journal, KioskBackend backend, QueueCaps caps, CoreSettings settings) {
        this.journal = journal;
        this.backend = backend;
        this.caps = caps;
        this.settings = settings;
        Path secretFile = settings.secretFile() != null ? settings.secretFile()
                : journal.file().resolveSibling(journal.file().getFileName() + ".key");
        boolean[] migrated = {false};
        byte[] secret = SecretFile.loadOrCreate(secretFile, 32, () -> {
            byte[] legacy = journal.takeLegacySecret(SECRET);
            migrated[0] = legacy != null;
            return legacy;
        });
        if (migrated[0] || journal.takeLegacySecret(SECRET) != null) {
            journal.forgetLegacySecret(SECRET); // it lives in its own file now
        }
        this.residentKeys = new ResidentKeys(secret);
    }

    /** Opens the configured journal with the default settings (see {@link CoreSettings}). */
    public static TransactionCore open(KioskConfig config, KioskBackend backend) {
        return over(Journal.open(config.journal().file()), config, backend);
    }

    /**
     * The core over a journal already opened (start-up opens it while the HTTP stack loads), with the
     * configuration's retention and secret file; closes the journal if the core cannot be made.
     */
    public static TransactionCore over(Journal journal, KioskConfig config, KioskBackend backend) {
        CoreSettings settings = CoreSettings.defaults().withRetention(config.journal().retention());
        return over(journal, backend, config.journal().secretFile() == null ? settings
                : settings.withSecretFile(config.journal().secretFile()));
    }

    public static TransactionCore open(KioskConfig config, KioskBackend backend, CoreSettings settings) {
        return over(Journal.open(config.journal().file()), backend, settings);
    }

    private static TransactionCore over(Journal journal, KioskBackend backend, CoreSettings settings) {
        try {
            return new TransactionCore(journal, backend, QueueCaps.defaults(), settings);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** The journal's key for a resident: a keyed hash of the ID number (the number itself is never stored). */
    public String residentKey(String idNumber) {
        return residentKeys.keyOf(idNumber);
    }

    public Journal journal() {
        return journal;
    }

    /**
     * Called with each payment that became reprintable without a session (paid late, after Back/Home or
     * a restart), so a resident still at the kiosk can be offered the receipt. Called on the thread that
     * reconciled; listeners must not block. Returns a handle that removes the listener.
     */
    public AutoCloseable onReprintable(Consumer<Payment> listener) {
        reprintListeners.add(listener);
        return () -> reprintListeners.remove(listener);
    }

    // ---- a resident's payment -----------------------------------------------------------------

    /**
     * Journals the payment and its order creation (fresh idempotency key, clientRef = payment id), then
     * asks the backend for the order. The payment is live from here on.
     *
     * @throws BackendException when there is no order to show: REFUSED for a business refusal, otherwise
     *                          the backend cannot take payments right now (never queued: a resident waits)
     */
    public Payment startPayment(String residentId, String residentKey, List<OrderItem> items) throws BackendException {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pay for");
        }
        String paymentId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        live.put(paymentId, Instant.now()); // before it is journaled: reconciliation never sees it unowned
        sending.add(key);
        boolean started = false;
        try {
            journal.beginPayment(paymentId, residentKey, residentId, items, key);
            journal.moveOperation(key, OperationState.SENT, null);
            PaymentOrder order;
            try {
                order = backend.createOrder(residentId, paymentId, items, key);
            } catch (BackendException e) {
                orderNotCreated(paymentId, key, e);
                throw e;
            }
            Payment payment = view(journal.closeOperation(key, OperationState.CONFIRMED, null,
                    PaymentState.AWAITING_PAYMENT, null, order));
            started = true;
            return payment;
        } finally {
            sending.remove(key);
            if (!started) {
                live.remove(paymentId);
            }
            if (abandonAfterStart.remove(paymentId) && started) {
                abandon(paymentId);
            }
        }
    }

    private void orderNotCreated(String paymentId, String key, BackendException e) {
        if (e.kind() == Kind.REFUSED || e.kind() == Kind.UNAUTHORIZED) {
            journal.closeOperation(key, OperationState.REFUSED, e.code(), PaymentState.REFUSED, e.code(), null);
        } else if (!e.outcomeUnknown()) {
            // No attempt reached the backend (refused connect, open circuit, full bulkhead): the
            // operation is closed so no order appears later to block the resident's items.
            journal.closeOperation(key, OperationState.REFUSED, "NOT_SENT_" + e.code(), PaymentState.FAILED,
                    e.code(), null);
        } else {
            // The order may exist at the backend: the operation stays SENT and is resent with the
            // same key later, so the truth is learnt and a late payment is refunded.
            journal.movePayment(paymentId, PaymentState.FAILED, e.code());
        }
        LOG.info("payment {} not started: {} {}", paymentId, e.kind(), e.code());
    }

    /**
     * Asks the backend where the order stands and journals PAID or EXPIRED.
     *
     * @throws BackendException when the backend could not say (the payment is unchanged; poll again)
     */
    public Payment refresh(String paymentId) throws BackendException {
        JournaledPayment payment = require(paymentId);
        live.computeIfPresent(paymentId, (id, since) -> Instant.now());
        if (payment.state() != PaymentState.AWAITING_PAYMENT || payment.orderId() == null) {
            return view(payment);
        }
        PaymentOrder order = backend.order(payment.orderId());
        JournaledPayment after = applyOrderStatus(require(paymentId), order, live.containsKey(paymentId));
        if (after.state() == PaymentState.EXPIRED) {
            live.remove(paymentId);
        }
        return view(after);
    }

    /**
     * Pays the payment's order with the resident's own payment code, scanned by the kiosk, and journals
     * the answer as a poll would (PAID, or still awaiting payment). Nothing new is journaled before the
     * call: the order is already recorded, and should the kiosk die mid-call, recovery asks the backend
     * where the order stands. The code is a payment credential: it is neither stored nor logged; the
     * idempotency key is derived from the order and a hash of the code, so a resend of the same code
     * is replayed, never charged twice.
     *
     * @throws BackendException REFUSED when the code was not accepted (nothing charged); otherwise the
     *                          outcome is unknown and the next poll tells
     */
    public Payment payByCode(String paymentId, String code) throws BackendException {
        JournaledPayment payment = require(paymentId);
        if (payment.state() != PaymentState.AWAITING_PAYMENT || payment.orderId() == null) {
            return view(payment);
        }
        live.computeIfPresent(paymentId, (id, since) -> Instant.now());
        String key = UUID.nameUUIDFromBytes(("pay-by-code:" + payment.orderId() + ":" + sha256(code))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        PaymentOrder order = backend.payByCode(payment.orderId(), code, key);
        return view(applyOrderStatus(require(paymentId), order, live.containsKey(paymentId)));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The receipt came out: journals PRINTED together with its receipt record, then sends the record
     * (or leaves it queued). Printing the same payment twice returns the first record's delivery.
     *
     * @throws IllegalArgumentException for an unknown payment or one that was never paid
     */
    public Delivery printed(String paymentId) {
        JournaledPayment payment = require(paymentId);
        live.remove(paymentId);
        if (payment.state() == PaymentState.PRINTED) {
            return journal.operationsOf(paymentId).stream().filter(op -> op.kind() == OperationKind.RECORD_RECEIPT)
                    .reduce((first, second) -> second).map(op -> deliveryOf(op.idempotencyKey()))
                    .orElseGet(() -> enqueue(payment, OperationKind.RECORD_RECEIPT));
        }
        if (!payment.state().canMoveTo(PaymentState.PRINTED)) {
            throw new IllegalArgumentException("payment is " + payment.state() + ", not paid");
        }
        return moveAndEnqueue(payment, PaymentState.PRINTED, null, OperationKind.RECORD_RECEIPT);
    }

    /** The receipt did not come out: a paid payment becomes reprintable by ID card; anything else is left as is. */
    public void printFailed(String paymentId, String reason) {
        JournaledPayment payment = require(paymentId);
        live.remove(paymentId);
        if (payment.state() == PaymentState.PAID || payment.state() == PaymentState.REPRINT_AVAILABLE) {
            journal.movePayment(paymentId, PaymentState.REPRINT_AVAILABLE, reason);
        }
    }

    /** Paid receipts of this resident that were never printed, at this kiosk. */
    public List<Payment> reprintable(String residentKey) {
        return journal.paymentsOf(residentKey, PaymentState.REPRINT_AVAILABLE).stream().map(this::view).toList();
    }

    /**
     * The session gives up on the payment (Back, Home, timeout). An unpaid order is cancelled at the
     * backend (journaled first, then sent on the core's own thread: this call does not wait on the
     * network); if the money arrives anyway the cancel's answer or
     * reconciliation makes the receipt reprintable. A payment already paid (a PAID poll racing Back)
     * becomes reprintable at once. Other states are left as they are.
     */
    public void abandon(String paymentId) {
        JournaledPayment payment = require(paymentId);
        live.remove(paymentId);
        switch (payment.state()) {
            case ORDERING -> abandonAfterStart.add(paymentId);
            case AWAITING_PAYMENT -> cancel(payment, "RESIDENT_LEFT", false);
            case PAID -> reprintable(journal.movePayment(paymentId, PaymentState.REPRINT_AVAILABLE, "RESIDENT_LEFT_PAID"));
            default -> { }
        }
    }

    /** Journals ABANDONED with its cancel; sends it now ({@code wait}) or on the courier thread. */
    private void cancel(JournaledPayment payment, String reason, boolean wait) {
        String key = UUID.randomUUID().toString();
        journal.movePaymentWithOperation(payment.paymentId(), PaymentState.ABANDONED, reason, OperationKind.CANCEL_ORDER,
                key, 0);
        if (wait) {
            deliver(key);
            return;
        }
        try {
            courier.execute(() -> {
                try {
                    deliver(key);
                } catch (RuntimeException e) {
                    // journaled: reconciliation sends it (e.g. the kiosk is shutting down)
                    LOG.info("cancel {} left for reconciliation: {}", payment.paymentId(), e.getClass().getSimpleName());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.info("cancel {} left for reconciliation: closing", payment.paymentId());
        }
    }

    /**
     * The resident paid but the service could not be delivered: the payment needs a refund, which is
     * journaled and sent (or queued).
     *
     * @throws IllegalArgumentException for an unknown payment or one that was never paid
     */
    public Delivery businessStepFailed(String paymentId, String reason) {
        JournaledPayment payment = require(paymentId);
        live.remove(paymentId);
        if (!payment.state().canMoveTo(PaymentState.NEEDS_REFUND)) {
            throw new IllegalArgumentException("payment is " + payment.state() + ", nothing to refund");
        }
        return moveAndEnqueue(payment, PaymentState.NEEDS_REFUND, reason, OperationKind.REFUND);
    }

    // ---- reconciliation and store-and-forward -------------------------------------------------

    /**
     * Reconciliation at start, before the first resident: the round {@link #reconcileEvery} repeats, except
     * that every open operation is tried once now, whatever its backoff.
     */
    public RecoveryReport recover() {
        return reconcile(true);
    }

    /**
     * One reconciliation round: resends every open operation whose backoff has passed (each with its own
     * key); makes paid payments no session follows reprintable; asks the backend about every unsettled
     * payment no session follows (paid late → reprintable, or refunded when the resident was told it
     * failed; expired or cancelled → EXPIRED; a dead session's open order → cancelled); journals any
     * missing receipt record or refund; prunes finished payments past the retention.
     */
    public RecoveryReport reconcile() {
        return reconcile(false);
    }

    private RecoveryReport reconcile(boolean everyOperationNow) {
        reconciling.lock();
        try {
            Tally tally = new Tally();
            int refundedBefore = journal.paymentsIn(PaymentState.REFUNDED).size();
            int reprintableBefore = madeReprintable.get();
            forward(tally, everyOperationNow);
            for (JournaledPayment paid : journal.paymentsIn(PaymentState.PAID)) {
                if (!isLive(paid.paymentId())) {
                    // Paid, but no session will print it (the process died, or the visit ended first).
                    reprintable(journal.movePayment(paid.paymentId(), PaymentState.REPRINT_AVAILABLE,
                            "NOT_PRINTED_IN_SESSION"));
                }
            }
            askTheBackend(tally);
            for (JournaledPayment owed : journal.paymentsIn(PaymentState.NEEDS_REFUND)) {
                List<JournaledOperation> refunds = ofKind(owed, OperationKind.REFUND);
                if (refunds.isEmpty()) {
                    enqueue(owed, OperationKind.REFUND);
                } else if (refunds.stream().allMatch(op -> op.state() == OperationState.REFUSED)) {
                    // Never a second refund under a new key: a refused refund goes to a person.
                    LOG.warn("refund of payment {} refused by the backend: staff must settle it", owed.paymentId());
                }
            }
            for (JournaledPayment printed : journal.printedWithoutReceiptRecord()) {
                enqueue(printed, OperationKind.RECORD_RECEIPT); // an older version dropped it at the cap
            }
            forward(tally, false);
            tally.stillQueued = journal.openOperations().size();
            tally.refunded = journal.paymentsIn(PaymentState.REFUNDED).size() - refundedBefore;
            tally.reprintAvailable = madeReprintable.get() - reprintableBefore;
            tally.pruned = journal.prune(Instant.now().minus(settings.retention()));
            RecoveryReport report = tally.report();
            if (report.equals(RecoveryReport.NOTHING)) {
                LOG.debug("reconciliation: nothing to do"); // every 30 s on a quiet kiosk: not worth a line
            } else {
                LOG.info("reconciliation: {}", report);
            }
            return report;
        } finally {
            reconciling.unlock();
        }
    }

    private void askTheBackend(Tally tally) {
        for (PaymentState state : PaymentState.TO_RECONCILE) {
            for (JournaledPayment payment : journal.paymentsIn(state)) {
                if (payment.orderId() == null || isLive(payment.paymentId())) {
                    continue;
                }
                try {
                    PaymentOrder order = backend.order(payment.orderId());
                    JournaledPayment current = require(payment.paymentId());
                    if (isLive(current.paymentId())) {
                        continue;
                    }
                    JournaledPayment after = applyOrderStatus(current, order, false);
                    tally.count(current.state(), after.state());
                } catch (BackendException e) {
                    LOG.info("payment {} not reconciled yet: {} {}", payment.paymentId(), e.kind(), e.code());
                    if (linkDown(e)) {
                        return; // the others would wait out the same failure
                    }
                } catch (IllegalTransitionException e) {
                    LOG.info("payment {} moved while reconciling; next round", payment.paymentId());
                }
            }
        }
    }

    /**
     * Reconciles now and then every {@code period} on the given scheduler (a thread that may wait on the
     * network), so late payments, refunds and queued records settle even when no resident comes.
     * Cancel the returned future to stop.
     */
    public ScheduledFuture<?> reconcileEvery(ScheduledExecutorService scheduler, Duration period) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                reconcile();
            } catch (RuntimeException e) {
                LOG.error("reconciliation failed: {}", e.getClass().getSimpleName(), e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends every queued operation now, whatever its backoff (an explicit "try now"); returns how many are left. */
    public int forwardQueued() {
        forward(new Tally(), true);
        return journal.openOperations().size();
    }

    /**
     * Forwards the queue every {@code period} on the given scheduler (without reconciling payments).
     * Cancel the returned future to stop.
     */
    public ScheduledFuture<?> forwardEvery(ScheduledExecutorService scheduler, Duration period) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (!journal.openOperations().isEmpty()) {
                    forward(new Tally(), false);
                }
            } catch (RuntimeException e) {
                LOG.error("forwarding the queue failed: {}", e.getClass().getSimpleName(), e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What waits in the queue; {@code overCap} once it is past the {@link QueueCaps}. */
    public Backlog backlog() {
        List<JournaledOperation> open = journal.openOperations();
        long amount = open.stream().mapToLong(JournaledOperation::amountCents).sum();
        Instant oldest = open.stream().map(JournaledOperation::createdAt).min(Instant::compareTo).orElse(null);
        return new Backlog(open.size(), amount, oldest,
                open.size() > caps.maxOperations() || amount > caps.maxAmountCents());
    }

    private boolean isLive(String paymentId) {
        Instant touched = live.get(paymentId);
        if (touched == null) {
            return false;
        }
        if (touched.plus(settings.liveMax()).isBefore(Instant.now())) {
            live.remove(paymentId, touched); // a visit that never said goodbye
            LOG.warn("payment {} not touched by its session for {}: reconciled", paymentId, settings.liveMax());
            return false;
        }
        return true;
    }

    /**
     * Moves the payment and journals its follow-up operation in one journal transaction, then sends the
     * operation. Always journaled: past the caps the backlog is reported, nothing is dropped.
     */
    private Delivery moveAndEnqueue(JournaledPayment payment, PaymentState next, String reason, OperationKind kind) {
        warnIfOverCap(kind, payment);
        String key = UUID.randomUUID().toString();
        journal.movePaymentWithOperation(payment.paymentId(), next, reason, kind, key, payment.amountCents());
        return deliver(key);
    }

    /** Journals a follow-up operation for a payment whose state is already right (reconciliation). */
    private Delivery enqueue(JournaledPayment payment, OperationKind kind) {
        warnIfOverCap(kind, payment);
        String key = UUID.randomUUID().toString();
        journal.addOperation(payment.paymentId(), kind, key, payment.amountCents());
        return deliver(key);
    }

    private void warnIfOverCap(OperationKind kind, JournaledPayment payment) {
        Backlog backlog = backlog();
        if (backlog.operations() + 1 > caps.maxOperations()
                || backlog.amountCents() + payment.amountCents() > caps.maxAmountCents()) {
            LOG.warn("store-and-forward backlog past its cap ({} operations, {} cents): {} of {} journaled anyway",
                    backlog.operations() + 1, backlog.amountCents() + payment.amountCents(), kind, payment.paymentId());
        }
    }

    /** Sends one freshly journaled operation now (unless a forwarding round has it) and says where it stands. */
    private Delivery deliver(String key) {
        if (sending.add(key)) {
            try {
                JournaledOperation op = journal.operation(key).orElseThrow();
                if (op.state().isOpen()) {
                    attempt(op);
                }
            } finally {
                sending.remove(key);
            }
        }
        return deliveryOf(key);
    }

    private Delivery deliveryOf(String key) {
        JournaledOperation op = journal.operation(key).orElseThrow();
        return switch (op.state()) {
            case CONFIRMED -> Delivery.sent();
            case REFUSED -> new Delivery(Delivery.Status.REFUSED, op.lastError());
            case PENDING, SENT -> new Delivery(Delivery.Status.QUEUED, op.lastError() == null ? "QUEUED" : op.lastError());
        };
    }

    /**
     * One round over the open operations, oldest first. An operation that fails waits out its own
     * backoff; the others go on (only later operations of the same payment wait behind it). The round
     * stops early only when nothing can reach the backend (open circuit, refused connection).
     */
    private void forward(Tally tally, boolean ignoreBackoff) {
        forwarding.lock();
        try {
            Set<String> heldBack = new HashSet<>();
            Instant now = Instant.now();
            for (JournaledOperation op : journal.openOperations()) {
                if (heldBack.contains(op.paymentId())) {
                    continue;
                }
                Retry retry = retries.get(op.idempotencyKey());
                if (!ignoreBackoff && retry != null && retry.notBefore().isAfter(now) || !sending.add(op.idempotencyKey())) {
                    heldBack.add(op.paymentId());
                    continue;
                }
                try {
                    JournaledOperation current = journal.operation(op.idempotencyKey()).orElse(null);
                    if (current == null || !current.state().isOpen()) {
                        continue;
                    }
                    tally.resent++;
                    BackendException failure = attempt(current);
                    if (failure == null) {
                        JournaledOperation after = journal.operation(op.idempotencyKey()).orElseThrow();
                        if (after.state() == OperationState.CONFIRMED) {
                            tally.confirmed++;
                        } else if (after.state() == OperationState.REFUSED) {
                            tally.refused++;
                        }
                        continue;
                    }
                    heldBack.add(op.paymentId());
                    if (linkDown(failure)) {
                        LOG.info("forwarding paused: the backend cannot be reached ({} {})", failure.kind(), failure.code());
                        return;
                    }
                } finally {
                    sending.remove(op.idempotencyKey());
                }
            }
        } finally {
            forwarding.unlock();
        }
    }

    /**
     * Sends one open operation (the caller holds its key in {@link #sending}). Returns null when the
     * backend answered (confirmed or refused, both journaled), else the failure, after journaling it and
     * scheduling the operation's next try.
     */
    private BackendException attempt(JournaledOperation op) {
        try {
            send(op);
            retries.remove(op.idempotencyKey());
            return null;
        } catch (BackendException e) {
            if (e.kind() == Kind.REFUSED && !"IDEMPOTENCY_IN_FLIGHT".equals(e.code())
                    || e.kind() == Kind.UNAUTHORIZED && (e.code() == null || !e.code().startsWith("TLS_"))) {
                refused(op, e);
                retries.remove(op.idempotencyKey());
                return null;
            }
            journal.moveOperation(op.idempotencyKey(), OperationState.SENT, e.code());
            Retry next = backOff(op.idempotencyKey());
            LOG.info("{} {} waits until {}: {} {}", op.kind(), op.seq(), next.notBefore(), e.kind(), e.code());
            return e;
        } catch (IllegalTransitionException e) {
            // Someone else settled it meanwhile (a session, the other round): nothing to send.
            LOG.info("{} {} settled elsewhere", op.kind(), op.seq());
            return null;
        }
    }

    private Retry backOff(String key) {
        return retries.compute(key, (k, before) -> {
            int failures = before == null ? 1 : before.failures() + 1;
            long first = settings.retryFirst().toMillis();
            long wait = Math.min(settings.retryMax().toMillis(), first << Math.min(failures - 1, 20));
            long jittered = (long) (wait * (0.75 + 0.5 * ThreadLocalRandom.current().nextDouble()));
            return new Retry(failures, Instant.now().plusMillis(Math.min(jittered, settings.retryMax().toMillis())));
        });
    }

    private static boolean linkDown(BackendException e) {
        return LINK_DOWN.contains(e.kind()) || e.kind() == Kind.UNREACHABLE && NOT_CONNECTED.contains(e.code());
    }

    private void send(JournaledOperation op) throws BackendException {
        JournaledPayment payment = require(op.paymentId());
        if (op.kind() == OperationKind.CREATE_ORDER && op.createdAt().plus(KEY_LIFETIME).isBefore(Instant.now())) {
            // Its key may have expired at the backend, so a resend could create a second order. No QR code
            // was ever shown for it and any order it made expired long ago: close it instead.
            journal.closeOperation(op.idempotencyKey(), OperationState.REFUSED, "KEY_EXPIRED",
                    payment.state() == PaymentState.ORDERING ? PaymentState.FAILED : null, "KEY_EXPIRED", null);
            return;
        }
        if (op.state() == OperationState.PENDING) {
            journal.moveOperation(op.idempotencyKey(), OperationState.SENT, null);
        }
        switch (op.kind()) {
            case CREATE_ORDER -> {
                PaymentOrder order = backend.createOrder(payment.residentId(), payment.paymentId(), payment.items(),
                        op.idempotencyKey());
                journal.closeOperation(op.idempotencyKey(), OperationState.CONFIRMED, null,
                        payment.state() == PaymentState.ORDERING ? PaymentState.AWAITING_PAYMENT : null, null, order);
            }
            case RECORD_RECEIPT -> {
                backend.recordReceipt(payment.orderId(), payment.residentId(), payment.paymentId(), op.idempotencyKey());
                journal.closeOperation(op.idempotencyKey(), OperationState.CONFIRMED, null, null, null, null);
            }
            case REFUND -> {
                PaymentOrder order = backend.refund(payment.orderId(), payment.reason() == null ? "KIOSK_REFUND"
                        : payment.reason(), op.idempotencyKey());
                boolean refunded = order.status() == PaymentOrder.Status.REFUNDED
                        && payment.state() == PaymentState.NEEDS_REFUND;
                journal.closeOperation(op.idempotencyKey(), OperationState.CONFIRMED, null,
                        refunded ? PaymentState.REFUNDED : null, null, null);
            }
            case CANCEL_ORDER -> {
                PaymentOrder order = backend.cancelOrder(payment.orderId(), op.idempotencyKey());
                journal.closeOperation(op.idempotencyKey(), OperationState.CONFIRMED, null, null, null, null);
                // The cancel raced the resident's phone: paid after all → reprintable; else EXPIRED.
                JournaledPayment current = require(op.paymentId());
                if (!isLive(current.paymentId())) {
                    applyOrderStatus(current, order, false);
                }
            }
        }
    }

    private void refused(JournaledOperation op, BackendException e) {
        JournaledPayment payment = require(op.paymentId());
        boolean orderRefused = op.kind() == OperationKind.CREATE_ORDER && payment.state() == PaymentState.ORDERING;
        journal.closeOperation(op.idempotencyKey(), OperationState.REFUSED, e.code(),
                orderRefused ? PaymentState.REFUSED : null, e.code(), null);
        LOG.warn("backend refused {} {}: {}", op.kind(), op.seq(), e.code());
    }

    /** Journals what the backend says about an order; {@code followed}: a live session follows the payment. */
    private JournaledPayment applyOrderStatus(JournaledPayment payment, PaymentOrder order, boolean followed) {
        String id = payment.paymentId();
        return switch (order.status()) {
            case PAID -> switch (payment.state()) {
                case AWAITING_PAYMENT, ABANDONED -> {
                    JournaledPayment paid = journal.movePayment(id, PaymentState.PAID, null, order);
                    yield followed && payment.state() == PaymentState.AWAITING_PAYMENT ? paid
                            : reprintable(journal.movePayment(id, PaymentState.REPRINT_AVAILABLE, "PAID_WITHOUT_SESSION"));
                }
                // The resident was told payment failed, yet the money arrived: give it back.
                case FAILED -> journal.movePayment(id, PaymentState.NEEDS_REFUND, "PAID_AFTER_FAILURE", order);
                default -> payment;
            };
            case EXPIRED, CANCELLED -> payment.state() == PaymentState.AWAITING_PAYMENT
                    || payment.state() == PaymentState.ABANDONED || payment.state() == PaymentState.FAILED
                    ? journal.movePayment(id, PaymentState.EXPIRED, order.status().name(), order) : payment;
            case PENDING -> {
                if (!followed && payment.state() == PaymentState.AWAITING_PAYMENT) {
                    // Nobody looks at this QR code any more: cancel the order (a racing payment still ends paid).
                    cancel(payment, "SESSION_ENDED", true);
                    yield require(id);
                }
                yield payment;
            }
            case REFUNDED -> payment;
        };
    }

    /** Tells the listeners a payment became reprintable without a session; returns it. */
    private JournaledPayment reprintable(JournaledPayment payment) {
        madeReprintable.incrementAndGet();
        Payment view = view(payment);
        for (Consumer<Payment> listener : reprintListeners) {
            try {
                listener.accept(view);
            } catch (RuntimeException e) {
                LOG.error("reprint listener failed: {}", e.getClass().getSimpleName(), e);
            }
        }
        return payment;
    }

    private List<JournaledOperation> ofKind(JournaledPayment payment, OperationKind kind) {
        return journal.operationsOf(payment.paymentId()).stream().filter(op -> op.kind() == kind).toList();
    }

    private JournaledPayment require(String paymentId) {
        return journal.payment(paymentId).orElseThrow(() -> new IllegalArgumentException("unknown payment"));
    }

    private Payment view(JournaledPayment p) {
        PaymentOrder order = p.orderId() == null ? null
                : new PaymentOrder(p.orderId(), p.amountCents(), p.qrPayload(), orderStatus(p.state()), p.expiresAt(), null);
        return new Payment(p.paymentId(), p.state(), order, p.residentKey(), p.items(), p.updatedAt());
    }

    private static PaymentOrder.Status orderStatus(PaymentState state) {
        return switch (state) {
            case PAID, PRINTED, REPRINT_AVAILABLE, NEEDS_REFUND -> PaymentOrder.Status.PAID;
            case REFUNDED -> PaymentOrder.Status.REFUNDED;
            case EXPIRED -> PaymentOrder.Status.EXPIRED;
            case ORDERING, AWAITING_PAYMENT, ABANDONED, FAILED, REFUSED -> PaymentOrder.Status.PENDING;
        };
    }

    /** Lets a cancel in flight finish (briefly), then closes the journal; anything unsent stays journaled. */
    @Override
    public void close() {
        courier.shutdown();
        try {
            courier.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
    }

    private static final class Tally {
        int resent;
        int confirmed;
        int refused;
        int stillQueued;
        int reprintAvailable;
        int needsRefund;
        int refunded;
        int abandoned;
        int expired;
        int pruned;

        void count(PaymentState before, PaymentState after) {
            if (before == after) {
                return;
            }
            switch (after) {
                case NEEDS_REFUND -> needsRefund++;
                case REFUNDED -> refunded++;
                case ABANDONED -> abandoned++;
                case EXPIRED -> expired++;
                default -> { }
            }
        }

        RecoveryReport report() {
            return new RecoveryReport(resent, confirmed, refused, stillQueued, reprintAvailable, needsRefund, refunded,
                    abandoned, expired, pruned);
        }
    }
}
