package kiosk.app.transaction;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kiosk.app.model.BackendException;
import kiosk.app.model.BackendException.Kind;
import kiosk.app.backend.KioskBackend;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.journal.Journal;
import kiosk.app.journal.JournaledOperation;
import kiosk.app.journal.JournaledPayment;
import kiosk.app.journal.OperationKind;
import kiosk.app.journal.OperationState;
import kiosk.app.journal.PaymentState;
import kiosk.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's transactions, journaled before they touch the backend. Every mutating call is written
 * to the journal with a fresh idempotency key first and resent only with that key; payments move
 * through {@link PaymentState}; recovery at start reconciles the journal with the backend.
 *
 * <p>Offline rules: creating an order is refused when the backend cannot be reached (the resident is
 * told payment is not available); receipt records and refunds are queued (store-and-forward, capped by
 * {@link QueueCaps}) and sent first, in journal order, before any new operation.
 *
 * <p>All methods block on I/O: never call them on the JavaFX application thread.
 */
public final class TransactionCore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionCore.class);
    /** Below the backend's idempotency-key retention (24 h): older order creations are never resent. */
    static final Duration KEY_LIFETIME = Duration.ofHours(20);
    /** Failures that mean the backend cannot be reached at all (as opposed to one call going wrong). */
    private static final Set<Kind> LINK_DOWN = EnumSet.of(Kind.UNREACHABLE, Kind.TIMEOUT, Kind.CIRCUIT_OPEN, Kind.BUSY);

    private final Journal journal;
    private final KioskBackend backend;
    private final QueueCaps caps;
    private final ResidentKeys residentKeys;
    /** Only one forwarding round at a time, so the queue keeps its order. */
    private final ReentrantLock forwarding = new ReentrantLock();
    /** Keys this process is sending right now in a resident's session; forwarding leaves them alone. */
    private final Set<String> liveKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public TransactionCore(Journal journal, KioskBackend backend, QueueCaps caps) {
        this.journal = journal;
        this.backend = backend;
        this.caps = caps;
        this.residentKeys = new ResidentKeys(journal.secret("resident-key", 32));
    }

    public static TransactionCore open(KioskConfig config, KioskBackend backend) {
        return new TransactionCore(Journal.open(config.journal().file()), backend, QueueCaps.defaults());
    }

    /** The journal's key for a resident: a keyed hash of the ID number (the number itself is never stored). */
    public String residentKey(String idNumber) {
        return residentKeys.keyOf(idNumber);
    }

    public Journal journal() {
        return journal;
    }

    // ---- a resident's payment -----------------------------------------------------------------

    /**
     * Journals the payment and its order creation (fresh idempotency key, clientRef = payment id), then
     * asks the backend for the order. Throws when there is no order to show: REFUSED for a business
     * refusal, otherwise the backend cannot take payments right now (never queued: a resident waits).
     */
    public Payment startPayment(String residentId, String residentKey, List<OrderItem> items) throws BackendException {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pay for");
        }
        BackendException linkDown = forward(new Tally());
        if (linkDown != null && LINK_DOWN.contains(linkDown.kind())) {
            // The queue goes first and the link is down: the resident hears at once, not after a second deadline.
            throw linkDown;
        }
        String paymentId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        journal.beginPayment(paymentId, residentKey, residentId, items, key);
        liveKeys.add(key);
        try {
            journal.moveOperation(key, OperationState.SENT, null);
            PaymentOrder order = backend.createOrder(residentId, paymentId, items, key);
            return view(journal.closeOperation(key, OperationState.CONFIRMED, null, PaymentState.AWAITING_PAYMENT,
                    null, order));
        } catch (BackendException e) {
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
            throw e;
        } finally {
            liveKeys.remove(key);
        }
    }

    /** Asks the backend where the order stands and journals PAID or EXPIRED. */
    public Payment refresh(String paymentId) throws BackendException {
        JournaledPayment payment = require(paymentId);
        if (payment.state() != PaymentState.AWAITING_PAYMENT || payment.orderId() == null) {
            return view(payment);
        }
        PaymentOrder order = backend.order(payment.orderId());
        return view(applyOrderStatus(payment, order, false));
    }

    /** The receipt came out: journals PRINTED and sends (or queues) the receipt record. */
    public Delivery printed(String paymentId) {
        return moveAndEnqueue(require(paymentId), PaymentState.PRINTED, null, OperationKind.RECORD_RECEIPT);
    }

    /** The receipt did not come out: the payment becomes reprintable by ID card. */
    public void printFailed(String paymentId, String reason) {
        journal.movePayment(paymentId, PaymentState.REPRINT_AVAILABLE, reason);
    }

    /** Paid receipts of this resident that were never printed. */
    public List<Payment> reprintable(String residentKey) {
        return journal.paymentsOf(residentKey, PaymentState.REPRINT_AVAILABLE).stream().map(this::view).toList();
    }

    /** The resident left before paying. A payment arriving later is found by reconciliation. */
    public void abandon(String paymentId) {
        JournaledPayment payment = require(paymentId);
        if (payment.state() == PaymentState.AWAITING_PAYMENT) {
            journal.movePayment(paymentId, PaymentState.ABANDONED, "RESIDENT_LEFT");
        }
    }

    /**
     * The resident paid but the service could not be delivered: the payment needs a refund, which is
     * journaled and sent (or queued).
     */
    public Delivery businessStepFailed(String paymentId, String reason) {
        return moveAndEnqueue(require(paymentId), PaymentState.NEEDS_REFUND, reason, OperationKind.REFUND);
    }

    // ---- recovery and store-and-forward -------------------------------------------------------

    /**
     * Run at start, before the first resident: resends every open operation with its own key, then
     * reconciles every payment whose outcome the journal does not know with the backend.
     */
    public RecoveryReport recover() {
        Tally tally = new Tally();
        int refundedBefore = journal.paymentsIn(PaymentState.REFUNDED).size();
        forward(tally);
        for (JournaledPayment paid : journal.paymentsIn(PaymentState.PAID)) {
            // Paid, but the process died before the receipt was printed.
            journal.movePayment(paid.paymentId(), PaymentState.REPRINT_AVAILABLE, "NOT_PRINTED_BEFORE_RESTART");
            tally.reprintAvailable++;
        }
        for (PaymentState state : PaymentState.TO_RECONCILE) {
            for (JournaledPayment payment : journal.paymentsIn(state)) {
                if (payment.orderId() == null) {
                    continue;
                }
                try {
                    PaymentOrder order = backend.order(payment.orderId());
                    JournaledPayment after = applyOrderStatus(payment, order, true);
                    tally.count(payment.state(), after.state());
                } catch (BackendException e) {
                    LOG.info("payment {} not reconciled yet: {} {}", payment.paymentId(), e.kind(), e.code());
                }
            }
        }
        for (JournaledPayment owed : journal.paymentsIn(PaymentState.NEEDS_REFUND)) {
            List<JournaledOperation> refunds = journal.operationsOf(owed.paymentId()).stream()
                    .filter(op -> op.kind() == OperationKind.REFUND).toList();
            if (refunds.isEmpty()) {
                enqueue(owed, OperationKind.REFUND); // the cap was full when it was needed
            } else if (refunds.stream().allMatch(op -> op.state() == OperationState.REFUSED)) {
                // Never a second refund under a new key: a refused refund goes to a person.
                LOG.warn("refund of payment {} refused by the backend: staff must settle it", owed.paymentId());
            }
        }
        forward(tally);
        tally.stillQueued = journal.openOperations().size();
        tally.refunded = journal.paymentsIn(PaymentState.REFUNDED).size() - refundedBefore;
        RecoveryReport report = tally.report();
        LOG.info("recovery: {}", report);
        return report;
    }

    /** Sends queued operations (oldest first) while the backend answers; returns how many are left. */
    public int forwardQueued() {
        forward(new Tally());
        return journal.openOperations().size();
    }

    /**
     * Moves the payment and journals its follow-up operation in one journal transaction, then sends the
     * queue (oldest first). When the queue is full the move is journaled alone and the caller is told.
     */
    /**
     * Forwards the queue every {@code period} on the given scheduler, so queued records and refunds leave
     * as soon as the link returns even when no resident comes. Cancel the returned future to stop.
     */
    public ScheduledFuture<?> forwardEvery(ScheduledExecutorService scheduler, Duration period) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (!journal.openOperations().isEmpty()) {
                    forwardQueued();
                }
            } catch (RuntimeException e) {
                LOG.error("forwarding the queue failed: {}", e.getClass().getSimpleName(), e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Delivery moveAndEnqueue(JournaledPayment payment, PaymentState next, String reason, OperationKind kind) {
        if (queueFull(payment.amountCents())) {
            journal.movePayment(payment.paymentId(), next, reason);
            LOG.warn("store-and-forward queue full: {} {} not queued", kind, payment.paymentId());
            return new Delivery(Delivery.Status.REFUSED, "QUEUE_FULL");
        }
        String key = UUID.randomUUID().toString();
        journal.movePaymentWithOperation(payment.paymentId(), next, reason, kind, key, payment.amountCents());
        return deliver(key);
    }

    /** Journals a follow-up operation for a payment whose state is already right (recovery). */
    private Delivery enqueue(JournaledPayment payment, OperationKind kind) {
        if (queueFull(payment.amountCents())) {
            LOG.warn("store-and-forward queue full: {} {} not queued", kind, payment.paymentId());
            return new Delivery(Delivery.Status.REFUSED, "QUEUE_FULL");
        }
        String key = UUID.randomUUID().toString();
        journal.addOperation(payment.paymentId(), kind, key, payment.amountCents());
        return deliver(key);
    }

    private boolean queueFull(long amountCents) {
        List<JournaledOperation> open = journal.openOperations();
        long queuedAmount = open.stream().mapToLong(JournaledOperation::amountCents).sum();
        return open.size() >= caps.maxOperations() || queuedAmount + amountCents > caps.maxAmountCents();
    }

    private Delivery deliver(String key) {
        forward(new Tally());
        JournaledOperation op = journal.operation(key).orElseThrow();
        return switch (op.state()) {
            case CONFIRMED -> Delivery.sent();
            case REFUSED -> new Delivery(Delivery.Status.REFUSED, op.lastError());
            case PENDING, SENT -> new Delivery(Delivery.Status.QUEUED, op.lastError() == null ? "QUEUED" : op.lastError());
        };
    }

    /** Forwards open operations oldest first; returns the failure that paused forwarding, or null. */
    private BackendException forward(Tally tally) {
        forwarding.lock();
        try {
            for (JournaledOperation op : journal.openOperations()) {
                if (liveKeys.contains(op.idempotencyKey())) {
                    continue;
                }
                tally.resent++;
                try {
                    send(op);
                    tally.confirmed++;
                } catch (BackendException e) {
                    if (e.kind() == Kind.REFUSED && !"IDEMPOTENCY_IN_FLIGHT".equals(e.code())
                            || e.kind() == Kind.UNAUTHORIZED && !e.code().startsWith("TLS_")) {
                        refused(op, e);
                        tally.refused++;
                        continue;
                    }
                    journal.moveOperation(op.idempotencyKey(), OperationState.SENT, e.code());
                    LOG.info("forwarding paused at {} {}: {} {}", op.kind(), op.seq(), e.kind(), e.code());
                    return e; // keep the queue's order: nothing overtakes a waiting operation
                }
            }
            return null;
        } finally {
            forwarding.unlock();
        }
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
        }
    }

    private void refused(JournaledOperation op, BackendException e) {
        JournaledPayment payment = require(op.paymentId());
        boolean orderRefused = op.kind() == OperationKind.CREATE_ORDER && payment.state() == PaymentState.ORDERING;
        journal.closeOperation(op.idempotencyKey(), OperationState.REFUSED, e.code(),
                orderRefused ? PaymentState.REFUSED : null, e.code(), null);
        LOG.warn("backend refused {} {}: {}", op.kind(), op.seq(), e.code());
    }

    /** Journals what the backend says about an order; {@code afterRestart}: the session died with the process. */
    private JournaledPayment applyOrderStatus(JournaledPayment payment, PaymentOrder order, boolean afterRestart) {
        String id = payment.paymentId();
        return switch (order.status()) {
            case PAID -> switch (payment.state()) {
                case AWAITING_PAYMENT, ABANDONED -> {
                    JournaledPayment paid = journal.movePayment(id, PaymentState.PAID, null, order);
                    yield afterRestart || payment.state() == PaymentState.ABANDONED
                            ? journal.movePayment(id, PaymentState.REPRINT_AVAILABLE, "PAID_WITHOUT_SESSION")
                            : paid;
                }
                // The resident was told payment failed, yet the money arrived: give it back.
                case FAILED -> journal.movePayment(id, PaymentState.NEEDS_REFUND, "PAID_AFTER_FAILURE", order);
                default -> payment;
            };
            case EXPIRED, CANCELLED -> payment.state() == PaymentState.AWAITING_PAYMENT
                    || payment.state() == PaymentState.ABANDONED || payment.state() == PaymentState.FAILED
                    ? journal.movePayment(id, PaymentState.EXPIRED, order.status().name(), order) : payment;
            case PENDING -> afterRestart && payment.state() == PaymentState.AWAITING_PAYMENT
                    ? journal.movePayment(id, PaymentState.ABANDONED, "SESSION_ENDED_BY_RESTART", order) : payment;
            case REFUNDED -> payment;
        };
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

    @Override
    public void close() {
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

        void count(PaymentState before, PaymentState after) {
            if (before == after) {
                return;
            }
            switch (after) {
                case REPRINT_AVAILABLE -> reprintAvailable++;
                case NEEDS_REFUND -> needsRefund++;
                case REFUNDED -> refunded++;
                case ABANDONED -> abandoned++;
                case EXPIRED -> expired++;
                default -> { }
            }
        }

        RecoveryReport report() {
            return new RecoveryReport(resent, confirmed, refused, stillQueued, reprintAvailable, needsRefund, refunded,
                    abandoned, expired);
        }
    }
}
