package kiosk.app.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import kiosk.app.model.BackendException;
import kiosk.app.backend.KioskBackends;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaidOrder;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.Resident;
import kiosk.app.backend.ResilientKioskBackend;
import kiosk.app.backend.TestConfigs;
import kiosk.app.model.Violation;
import kiosk.app.journal.Journal;
import kiosk.app.journal.OperationKind;
import kiosk.app.journal.OperationState;
import kiosk.app.journal.PaymentState;
import kiosk.app.transaction.crash.LedgerAudit;
import kiosk.config.KioskConfig;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reconciliation while the kiosk runs: live payments untouched, late money found, orders cancelled. */
class ReconciliationTest {

    static final String ZHANG_ID = "330602198503151256";

    @TempDir
    Path dir;
    BackendStub stub;
    KioskConfig config;
    ResilientKioskBackend backend;
    TransactionCore core;
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(5).build());
        config = TestConfigs.pointingAt(stub.baseUrl().toString(), dir.resolve("journal.db"),
                Duration.ofMillis(1000), Duration.ofMillis(3000), Duration.ofMillis(5000));
        backend = KioskBackends.create(config, null, TestConfigs.fastPolicy());
        core = new TransactionCore(Journal.open(dir.resolve("journal.db")), backend, QueueCaps.defaults());
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        core.close();
        stub.close();
    }

    Payment startZhangsPayment() throws BackendException {
        Resident zhang = backend.lookupResident(ZHANG_ID, "张伟");
        Violation fine = backend.violations(zhang.residentId()).stream().filter(Violation::payable).findFirst().orElseThrow();
        return core.startPayment(zhang.residentId(), core.residentKey(ZHANG_ID), List.of(OrderItem.trafficFine(fine.violationId())));
    }

    JsonNode ledger() throws Exception {
        return LedgerAudit.fetch(stub.baseUrl(), stub.settings().adminToken());
    }

    @Test
    void reconciliationNeverTouchesThePaymentASessionIsFollowing() throws Exception {
        Payment payment = startZhangsPayment();
        core.recover(); // e.g. the start-up recovery still running when the first resident came
        core.reconcile();
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.AWAITING_PAYMENT);
        assertThat(backend.order(payment.order().orderId()).status()).isEqualTo(PaymentOrder.Status.PENDING);

        backend.simulatePayment(payment.order().orderId());
        assertThat(core.refresh(payment.paymentId()).state()).as("the resident is told it is paid").isEqualTo(PaymentState.PAID);
        core.reconcile();
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state())
                .as("the session prints it, not reconciliation").isEqualTo(PaymentState.PAID);
        assertThat(core.printed(payment.paymentId()).status()).isEqualTo(Delivery.Status.SENT);
    }

    @Test
    void abandoningCancelsTheOrderAtTheBackend() throws Exception {
        Payment payment = startZhangsPayment();
        core.abandon(payment.paymentId());
        assertThat(backend.order(payment.order().orderId()).status()).isEqualTo(PaymentOrder.Status.CANCELLED);
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(core.journal().operationsOf(payment.paymentId())).extracting(op -> op.kind() + ":" + op.state())
                .containsExactly("CREATE_ORDER:CONFIRMED", "CANCEL_ORDER:CONFIRMED");
        // The fine is free again at once: the resident can pay it right away.
        assertThat(startZhangsPayment().state()).isEqualTo(PaymentState.AWAITING_PAYMENT);
    }

    @Test
    void aCancelThatLosesTheRaceToThePaymentEndsReprintable() throws Exception {
        Payment payment = startZhangsPayment();
        List<Payment> offered = new CopyOnWriteArrayList<>();
        core.onReprintable(offered::add);
        backend.simulatePayment(payment.order().orderId()); // the phone paid just before Back was pressed
        core.abandon(payment.paymentId());
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.REPRINT_AVAILABLE);
        assertThat(core.reprintable(core.residentKey(ZHANG_ID))).extracting(Payment::paymentId).containsExactly(payment.paymentId());
        assertThat(offered).extracting(Payment::paymentId).containsExactly(payment.paymentId());
        assertThat(LedgerAudit.count(ledger(), "ORDER_PAID", payment.paymentId())).isEqualTo(1);
    }

    @Test
    void aPaidPollRacingBackMakesTheReceiptReprintable() throws Exception {
        Payment payment = startZhangsPayment();
        backend.simulatePayment(payment.order().orderId());
        assertThat(core.refresh(payment.paymentId()).state()).isEqualTo(PaymentState.PAID);
        core.abandon(payment.paymentId()); // Home pressed as the PAID answer arrived
        assertThat(core.reprintable(core.residentKey(ZHANG_ID))).hasSize(1);
    }

    @Test
    void aLatePaymentIsFoundWhileTheKioskRunsWithoutARestart() throws Exception {
        Payment payment = startZhangsPayment();
        // The cancel cannot get through (the order stays open), then the phone pays after the countdown.
        stub.faults().configure(kiosk.stub.fault.FaultSettings.of(1, kiosk.app.backend.StubFaults.rule(
                "/api/v1/payments/orders/*/cancel", "errorRate", 1.0, "limit", 3)));
        core.abandon(payment.paymentId());
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.ABANDONED);
        stub.faults().configure(kiosk.stub.fault.FaultSettings.of(1));
        Thread.sleep(400); // the failed cancels opened the circuit (fast policy: 300 ms)
        backend.simulatePayment(payment.order().orderId());

        List<Payment> offered = new CopyOnWriteArrayList<>();
        core.onReprintable(offered::add);
        core.reconcileEvery(scheduler, Duration.ofMillis(100));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !offered.isEmpty());
        assertThat(core.reprintable(core.residentKey(ZHANG_ID))).extracting(Payment::paymentId).containsExactly(payment.paymentId());
        assertThat(core.printed(payment.paymentId()).status()).isEqualTo(Delivery.Status.SENT);
    }

    @Test
    void aPaymentLeftOpenByADeadProcessIsCancelledByTheNextOne() throws Exception {
        Payment payment = startZhangsPayment();
        core.close(); // the process dies with the QR code on screen
        core = new TransactionCore(Journal.open(dir.resolve("journal.db")), backend, QueueCaps.defaults());
        RecoveryReport report = core.recover();
        assertThat(report.expired()).isEqualTo(1);
        assertThat(backend.order(payment.order().orderId()).status()).isEqualTo(PaymentOrder.Status.CANCELLED);
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.EXPIRED);
    }

    @Test
    void theStationListsPaidOrdersForAReprintAtAnotherKioskOfTheHall() throws Exception {
        Payment payment = startZhangsPayment();
        backend.simulatePayment(payment.order().orderId());
        core.refresh(payment.paymentId());
        core.printFailed(payment.paymentId(), "PAPER_OUT");

        KioskConfig hall = new KioskConfig("KIOSK-DEMO-004", config.mode(),
                new KioskConfig.Backend(config.backend().baseUrl(), "demo-key-004", config.backend().connectTimeout(),
                        config.backend().readTimeout(), config.backend().callTimeout()), config.session(), config.devices(), config.journal(),
                config.defaultLanguage(), config.fleet(), config.station());
        ResilientKioskBackend other = KioskBackends.create(hall, null, TestConfigs.fastPolicy());
        Resident zhang = other.lookupResident(ZHANG_ID, "张伟");
        List<PaidOrder> paid = other.paidOrders(zhang.residentId());
        assertThat(paid).extracting(PaidOrder::orderId).containsExactly(payment.order().orderId());
        assertThat(paid.get(0).receiptCount()).isZero();
        assertThat(paid.get(0).kioskId()).isEqualTo("KIOSK-DEMO-001");
        other.recordReceipt(payment.order().orderId(), zhang.residentId(), "reprint-at-004", "key-reprint-004");
        assertThat(other.paidOrders(zhang.residentId()).get(0).receiptCount()).isEqualTo(1);
    }

    @Test
    void oneOperationTheBackendKeepsFailingDoesNotHoldTheOthersBack() throws Exception {
        Payment first = startZhangsPayment();
        backend.simulatePayment(first.order().orderId());
        core.refresh(first.paymentId());
        Payment second = startZhangsPayment();
        backend.simulatePayment(second.order().orderId());
        core.refresh(second.paymentId());
        // Receipt records fail for a while (three tries each); both end up queued, the first one oldest.
        stub.faults().configure(kiosk.stub.fault.FaultSettings.of(1, kiosk.app.backend.StubFaults.rule(
                "/api/v1/receipts", "errorRate", 1.0, "limit", 6)));
        assertThat(core.printed(first.paymentId()).status()).isEqualTo(Delivery.Status.QUEUED);
        assertThat(core.printed(second.paymentId()).status()).isEqualTo(Delivery.Status.QUEUED);
        String firstKey = core.journal().operationsOf(first.paymentId()).get(1).idempotencyKey();
        // Now only the first one's order is refused for good... by failing every call on it.
        stub.faults().configure(kiosk.stub.fault.FaultSettings.of(1));
        core.close();
        core = new TransactionCore(Journal.open(dir.resolve("journal.db")),
                new FailingFor(KioskBackends.create(config, null, TestConfigs.fastPolicy()), first.order().orderId()),
                QueueCaps.defaults());
        core.forwardQueued();
        assertThat(core.journal().operationsOf(second.paymentId()))
                .filteredOn(op -> op.kind() == OperationKind.RECORD_RECEIPT)
                .extracting(op -> op.state()).containsExactly(OperationState.CONFIRMED);
        assertThat(core.journal().operation(firstKey).orElseThrow().state()).isEqualTo(OperationState.SENT);
        int attempts = core.journal().operation(firstKey).orElseThrow().attempts();
        core.forwardQueued(); // at once again: the failed one waits out its backoff
        assertThat(core.journal().operation(firstKey).orElseThrow().attempts()).isEqualTo(attempts);
        assertThat(core.backlog().operations()).isEqualTo(1);
    }

    /** A backend whose receipt route fails (5xx) for one order, as a stored server error used to. */
    private static final class FailingFor extends ForwardingBackend {
        private final String orderId;

        FailingFor(kiosk.app.backend.KioskBackend delegate, String orderId) {
            super(delegate);
            this.orderId = orderId;
        }

        @Override
        public void recordReceipt(String order, String residentId, String clientRef, String key) throws BackendException {
            if (order.equals(orderId)) {
                throw new BackendException(BackendException.Kind.SERVER_ERROR, "INTERNAL_ERROR", null, "test", null);
            }
            super.recordReceipt(order, residentId, clientRef, key);
        }
    }
}
