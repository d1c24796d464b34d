package kiosk.app.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosk.app.model.BackendException;
import kiosk.app.backend.KioskBackends;
import kiosk.app.model.OrderItem;
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
import kiosk.app.backend.StubFaults;
import kiosk.stub.fault.FaultSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery rules against the real stub: what a restarted kiosk does with what the journal left open. */
class RecoveryTest {

    static final String ZHANG_ID = "330602198503151256";

    @TempDir
    Path dir;
    BackendStub stub;
    KioskConfig config;
    ResilientKioskBackend backend;
    TransactionCore core;

    @BeforeEach
    void start() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(5).build());
        config = TestConfigs.pointingAt(stub.baseUrl().toString(), dir.resolve("journal.db"),
                Duration.ofMillis(1000), Duration.ofMillis(3000), Duration.ofMillis(5000));
        core = open(QueueCaps.defaults());
    }

    @AfterEach
    void stop() {
        core.close();
        stub.close();
    }

    TransactionCore open(QueueCaps caps) {
        backend = KioskBackends.create(config, null, TestConfigs.fastPolicy());
        return new TransactionCore(Journal.open(dir.resolve("journal.db")), backend, caps);
    }

    /** The kiosk process ends (the journal is all that survives) and starts again. */
    void restart() {
        core.close();
        core = open(QueueCaps.defaults());
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
    void paidButNotPrintedBeforeTheRestartBecomesReprintableByIdCard() throws Exception {
        Payment payment = startZhangsPayment();
        backend.simulatePayment(payment.order().orderId()); // the phone pays; the kiosk dies before it notices
        restart();
        RecoveryReport report = core.recover();
        assertThat(report.reprintAvailable()).isEqualTo(1);
        List<Payment> reprintable = core.reprintable(core.residentKey(ZHANG_ID));
        assertThat(reprintable).extracting(Payment::paymentId).containsExactly(payment.paymentId());
        assertThat(core.reprintable(core.residentKey("330106199207082463"))).isEmpty();

        assertThat(core.printed(payment.paymentId()).status()).isEqualTo(Delivery.Status.SENT);
        assertThat(core.reprintable(core.residentKey(ZHANG_ID))).isEmpty();
        assertThat(LedgerAudit.count(ledger(), "RECEIPT_RECORDED", payment.paymentId())).isEqualTo(1);
    }

    @Test
    void printerFaultMakesTheReceiptReprintable() throws Exception {
        Payment payment = startZhangsPayment();
        backend.simulatePayment(payment.order().orderId());
        assertThat(core.refresh(payment.paymentId()).state()).isEqualTo(PaymentState.PAID);
        core.printFailed(payment.paymentId(), "PAPER_OUT");
        assertThat(core.reprintable(core.residentKey(ZHANG_ID))).hasSize(1);
    }

    @Test
    void orderCreationInterruptedByTheCrashIsResentWithItsOwnKey() throws Exception {
        Resident zhang = backend.lookupResident(ZHANG_ID, "张伟");
        Violation fine = backend.violations(zhang.residentId()).stream().filter(Violation::payable).findFirst().orElseThrow();
        // The answer is lost after the backend created the order, and the kiosk dies before retrying.
        stub.faults().configure(FaultSettings.of(1, StubFaults.rule("/api/v1/payments/orders", "methods", List.of("POST"),
                "malformedRate", 1.0, "afterEffect", true, "limit", 1)));
        BackendException lost = catchThrowableOfType(BackendException.class, () -> core.startPayment(zhang.residentId(),
                core.residentKey(ZHANG_ID), List.of(OrderItem.trafficFine(fine.violationId()))));
        assertThat(lost.outcomeUnknown()).isTrue();
        String paymentId = core.journal().paymentsIn(PaymentState.FAILED).get(0).paymentId();
        String key = core.journal().operationsOf(paymentId).get(0).idempotencyKey();
        assertThat(core.journal().operation(key).orElseThrow().state()).isEqualTo(OperationState.SENT);

        restart();
        core.recover();
        assertThat(core.journal().operation(key).orElseThrow().state()).isEqualTo(OperationState.CONFIRMED);
        assertThat(core.journal().payment(paymentId).orElseThrow().orderId()).isNotNull();
        JsonNode ledger = ledger();
        assertThat(LedgerAudit.count(ledger, "ORDER_CREATED", paymentId)).isEqualTo(1);
        for (JsonNode e : ledger.path("entries")) {
            if (paymentId.equals(e.path("clientRef").asText())) {
                assertThat(e.path("idempotencyKey").asText()).isEqualTo(key);
            }
        }
    }

    @Test
    void paymentArrivingAfterTheResidentWasToldItFailedIsRefunded() throws Exception {
        Resident zhang = backend.lookupResident(ZHANG_ID, "张伟");
        Violation fine = backend.violations(zhang.residentId()).stream().filter(Violation::payable).findFirst().orElseThrow();
        stub.faults().configure(FaultSettings.of(1, StubFaults.rule("/api/v1/payments/orders", "methods", List.of("POST"),
                "resetRate", 1.0, "afterEffect", true, "limit", 3)));
        catchThrowableOfType(BackendException.class, () -> core.startPayment(zhang.residentId(),
                core.residentKey(ZHANG_ID), List.of(OrderItem.trafficFine(fine.violationId()))));
        String paymentId = core.journal().paymentsIn(PaymentState.FAILED).get(0).paymentId();
        // The order exists although the kiosk never showed it, and somebody pays it.
        String orderId = null;
        for (JsonNode e : ledger().path("entries")) {
            if ("ORDER_CREATED".equals(e.path("kind").asText()) && paymentId.equals(e.path("clientRef").asText())) {
                orderId = e.path("references").path("orderId").asText();
            }
        }
        assertThat(orderId).isNotNull();
        Thread.sleep(400); // the resets opened the circuit (fast policy: 300 ms)
        backend.simulatePayment(orderId);

        restart();
        RecoveryReport report = core.recover();
        assertThat(report.needsRefund()).isEqualTo(1);
        assertThat(report.refunded()).isEqualTo(1);
        assertThat(core.journal().payment(paymentId).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(LedgerAudit.count(ledger(), "ORDER_REFUNDED", paymentId)).isEqualTo(1);
        core.recover();
        assertThat(LedgerAudit.count(ledger(), "ORDER_REFUNDED", paymentId)).isEqualTo(1);
    }

    @Test
    void businessStepFailedAfterPaymentIsRefundedOnce() throws Exception {
        Payment payment = startZhangsPayment();
        backend.simulatePayment(payment.order().orderId());
        core.refresh(payment.paymentId());
        Delivery refund = core.businessStepFailed(payment.paymentId(), "SERVICE_UNAVAILABLE");
        assertThat(refund.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
        restart();
        core.recover();
        assertThat(LedgerAudit.count(ledger(), "ORDER_REFUNDED", payment.paymentId())).isEqualTo(1);
    }

    @Test
    void refusedRefundIsLeftForStaffAndNeverRetriedUnderANewKey() throws Exception {
        Payment payment = startZhangsPayment();
        backend.simulatePayment(payment.order().orderId());
        core.refresh(payment.paymentId());
        backend.refund(payment.order().orderId(), "COUNTER_REFUND", "counter-" + payment.paymentId()); // settled elsewhere
        Delivery refund = core.businessStepFailed(payment.paymentId(), "SERVICE_UNAVAILABLE");
        assertThat(refund.status()).isEqualTo(Delivery.Status.REFUSED);
        core.recover();
        core.recover();
        assertThat(core.journal().operationsOf(payment.paymentId()))
                .filteredOn(op -> op.kind() == OperationKind.REFUND).hasSize(1);
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.NEEDS_REFUND);
    }

    @Test
    void residentWhoLeftAndPaidLaterGetsAReprintableReceipt() throws Exception {
        Payment payment = startZhangsPayment();
        // The kiosk's cancel does not get through, so the order stays open and the phone pays it later.
        stub.faults().configure(FaultSettings.of(1, StubFaults.rule("/api/v1/payments/orders/*/cancel",
                "errorRate", 1.0, "limit", 3)));
        core.abandon(payment.paymentId());
        stub.faults().configure(FaultSettings.of(1));
        Thread.sleep(400); // the failed cancels opened the circuit (fast policy: 300 ms)
        backend.simulatePayment(payment.order().orderId());
        RecoveryReport report = core.recover();
        assertThat(report.reprintAvailable()).isEqualTo(1);
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.REPRINT_AVAILABLE);
        assertThat(core.journal().operationsOf(payment.paymentId())).filteredOn(op -> op.kind() == OperationKind.CANCEL_ORDER)
                .extracting(op -> op.state()).containsExactly(OperationState.CONFIRMED);
    }

    @Test
    void offlineOrderIsRefusedClearlyAndLeavesNothingToResend() throws Exception {
        Resident zhang = backend.lookupResident(ZHANG_ID, "张伟");
        Violation fine = backend.violations(zhang.residentId()).stream().filter(Violation::payable).findFirst().orElseThrow();
        int port = stub.port();
        stub.close();
        restart(); // a fresh client: no pooled connection to the dead backend (that would make the outcome unknown)
        BackendException offline = catchThrowableOfType(BackendException.class, () -> core.startPayment(zhang.residentId(),
                core.residentKey(ZHANG_ID), List.of(OrderItem.trafficFine(fine.violationId()))));
        assertThat(offline.kind()).isIn(BackendException.Kind.UNREACHABLE, BackendException.Kind.CIRCUIT_OPEN);
        assertThat(offline.outcomeUnknown()).isFalse();
        assertThat(core.journal().openOperations()).isEmpty();
        assertThat(core.journal().paymentsIn(PaymentState.FAILED)).hasSize(1);
        stub = BackendStub.start(StubSettings.builder().port(port).inMemory().generatedResidents(5).build());
    }

    @Test
    void pastTheQueueCapEveryRecordIsStillJournaledReportedAndSentWhenTheLinkReturns() throws Exception {
        core.close();
        core = open(new QueueCaps(1, 1_000_000));
        Payment first = startZhangsPayment();
        backend.simulatePayment(first.order().orderId());
        core.refresh(first.paymentId());
        Payment second = startZhangsPayment();
        backend.simulatePayment(second.order().orderId());
        core.refresh(second.paymentId());

        // The receipt route is out of order for now (every call answers 503).
        stub.faults().configure(FaultSettings.of(1, StubFaults.rule("/api/v1/receipts", "errorRate", 1.0)));
        Delivery queued = core.printed(first.paymentId());
        Delivery pastCap = core.printed(second.paymentId());
        assertThat(queued.status()).isEqualTo(Delivery.Status.QUEUED);
        assertThat(pastCap.status()).as("never dropped at the cap").isEqualTo(Delivery.Status.QUEUED);
        assertThat(core.journal().openOperations()).extracting(op -> op.kind() + ":" + op.paymentId())
                .containsExactly("RECORD_RECEIPT:" + first.paymentId(), "RECORD_RECEIPT:" + second.paymentId());
        Backlog backlog = core.backlog();
        assertThat(backlog.operations()).isEqualTo(2);
        assertThat(backlog.amountCents()).isEqualTo(first.amountCents() + second.amountCents());
        assertThat(backlog.overCap()).isTrue();
        assertThat(backlog.oldest()).isNotNull();

        stub.faults().configure(FaultSettings.of(1));
        restart();
        RecoveryReport report = core.recover();
        assertThat(report.confirmed()).isEqualTo(2);
        assertThat(core.journal().openOperations()).isEmpty();
        assertThat(LedgerAudit.count(ledger(), "RECEIPT_RECORDED", first.paymentId())).isEqualTo(1);
        assertThat(LedgerAudit.count(ledger(), "RECEIPT_RECORDED", second.paymentId())).isEqualTo(1);
        assertThat(core.backlog().overCap()).isFalse();
    }
}
