package kiosk.app.backend;

import kiosk.app.model.BackendException;
import kiosk.app.model.Violation;
import kiosk.app.model.Resident;
import kiosk.app.model.OrderItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosk.app.model.BackendException.Kind;
import kiosk.app.journal.PaymentState;
import kiosk.app.transaction.Delivery;
import kiosk.app.transaction.Payment;
import kiosk.app.transaction.QueueCaps;
import kiosk.app.transaction.RecoveryReport;
import kiosk.app.transaction.TransactionCore;
import kiosk.app.journal.Journal;
import kiosk.app.transaction.crash.LedgerAudit;
import kiosk.config.KioskConfig;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import kiosk.stub.fault.FaultRule;
import kiosk.stub.fault.FaultSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected by backend-stub itself, including faults AFTER the effect was applied (the answer is
 * lost, the payment is not): the kiosk must resend with the same key and the ledger must show exactly
 * one effect. Every failing call must end within its deadline.
 */
class StubFaultTest {

    static final Duration CALL_TIMEOUT = Duration.ofMillis(2500);
    static final Duration MARGIN = Duration.ofMillis(700);
    static final String ZHANG_ID = "330602198503151256";

    @TempDir
    Path dir;
    BackendStub stub;
    KioskConfig config;
    TransactionCore core;
    ResilientKioskBackend backend;

    @BeforeEach
    void start() {
        startFresh("journal.db");
    }

    /** A new stub (fresh data) and a new kiosk core with its own journal. */
    void startFresh(String journalName) {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(5).build());
        config = TestConfigs.pointingAt(stub.baseUrl().toString(), dir.resolve(journalName),
                Duration.ofMillis(500), Duration.ofMillis(900), CALL_TIMEOUT);
        backend = KioskBackends.create(config, null, TestConfigs.fastPolicy());
        core = new TransactionCore(Journal.open(dir.resolve(journalName)), backend, QueueCaps.defaults());
    }

    @AfterEach
    void stop() {
        core.close();
        stub.close();
    }

    static FaultRule rule(String path, String method, Double error, Double reset, Double stall, Double malformed,
                          Double truncated, boolean afterEffect, Integer limit) {
        return StubFaults.rule(path, "methods", List.of(method), "errorRate", error, "errorStatus", 503,
                "resetRate", reset, "stallRate", stall, "stallMs", 1500, "malformedRate", malformed,
                "truncatedRate", truncated, "afterEffect", afterEffect, "limit", limit);
    }

    void faults(FaultRule... rules) {
        stub.faults().configure(FaultSettings.of(11, rules));
    }

    Payment startZhangsPayment() throws BackendException {
        Resident zhang = backend.lookupResident(ZHANG_ID, "张伟");
        Violation fine = backend.violations(zhang.residentId()).stream().filter(Violation::payable).findFirst().orElseThrow();
        return core.startPayment(zhang.residentId(), core.residentKey(ZHANG_ID), List.of(OrderItem.trafficFine(fine.violationId())));
    }

    JsonNode ledger() throws Exception {
        return LedgerAudit.fetch(stub.baseUrl(), stub.settings().adminToken());
    }

    <T> T withinDeadline(ThrowingSupplier<T> call) throws Exception {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("call outlived its deadline")
                    .isLessThan(CALL_TIMEOUT.plus(MARGIN));
        }
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @Test
    void answerLostAfterTheOrderWasCreatedIsReplayedNotDuplicated() throws Exception {
        for (FaultRule lost : List.of(
                rule("/api/v1/payments/orders", "POST", 1.0, null, null, null, null, true, 1),
                rule("/api/v1/payments/orders", "POST", null, 1.0, null, null, null, true, 1),
                rule("/api/v1/payments/orders", "POST", null, null, 1.0, null, null, true, 1))) {
            stop();
            startFresh("journal-" + System.nanoTime() + ".db");
            faults(lost);
            Payment payment = withinDeadline(this::startZhangsPayment);
            assertThat(payment.state()).isEqualTo(PaymentState.AWAITING_PAYMENT);
            assertThat(LedgerAudit.count(ledger(), "ORDER_CREATED", payment.paymentId())).isEqualTo(1);
        }
    }

    @Test
    void malformedAndTruncatedAnswersAreBadResponsesAndChangeNothing() throws Exception {
        Payment payment = startZhangsPayment();
        faults(rule("/api/v1/payments/orders/*", "GET", null, null, null, 1.0, null, false, 1));
        BackendException malformed = catchThrowableOfType(BackendException.class,
                () -> withinDeadline(() -> core.refresh(payment.paymentId())));
        assertThat(malformed.kind()).isEqualTo(Kind.BAD_RESPONSE);

        faults(rule("/api/v1/payments/orders/*", "GET", null, null, null, null, 1.0, false, 1));
        BackendException truncated = catchThrowableOfType(BackendException.class,
                () -> withinDeadline(() -> core.refresh(payment.paymentId())));
        assertThat(truncated.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(truncated.code()).isEqualTo("TRUNCATED_BODY");
        assertThat(core.journal().payment(payment.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.AWAITING_PAYMENT);
    }

    @Test
    void stalledAndFailingBackendEndsEveryCallWithinItsDeadline() throws Exception {
        faults(StubFaults.rule("/api/v1/**", "latencyMs", 200, "jitterMs", 100, "stallRate", 1.0, "stallMs", 4000));
        BackendException stalled = catchThrowableOfType(BackendException.class,
                () -> withinDeadline(() -> backend.lookupResident(ZHANG_ID, "张伟")));
        assertThat(stalled.kind()).isIn(Kind.TIMEOUT, Kind.CIRCUIT_OPEN);

        faults(StubFaults.rule("/api/v1/**", "errorRate", 1.0, "errorStatus", 502));
        BackendException failing = catchThrowableOfType(BackendException.class,
                () -> withinDeadline(() -> backend.lookupResident(ZHANG_ID, "张伟")));
        assertThat(failing.kind()).isIn(Kind.SERVER_ERROR, Kind.CIRCUIT_OPEN);
    }

    @Test
    void latencySpikesAreRiddenOut() throws Exception {
        faults(StubFaults.rule("/api/v1/**", "latencyMs", 300, "jitterMs", 200));
        Payment payment = withinDeadline(this::startZhangsPayment);
        assertThat(payment.order().amountCents()).isPositive();
    }

    @Test
    void transactionsUnderRandomFaultsEndWithNoDuplicateAndNothingLost() throws Exception {
        faults(StubFaults.rule("/api/v1/**", "jitterMs", 50, "errorRate", 0.12, "resetRate", 0.12, "stallRate", 0.04,
                "stallMs", 1200, "malformedRate", 0.06, "truncatedRate", 0.06, "afterEffect", true));
        String[][] residents = {{ZHANG_ID, "张伟"}, {"330282196011010052", "王\uD86D\uDCE7明"}};
        for (int round = 0; round < 4; round++) {
            for (String[] who : residents) {
                oneTransactionUnderFaults(who[0], who[1]);
            }
        }
        long injected = stub.faults().stats().get(0).faulted();
        assertThat(injected).as("faults injected").isGreaterThan(3);
        faults();
        Thread.sleep(400); // let an open circuit half-open
        RecoveryReport report = core.recover();
        core.recover();
        assertThat(core.journal().openOperations()).isEmpty();
        LedgerAudit.Result audit = LedgerAudit.compare(ledger(), config.kioskId(), core.journal().allPayments(),
                core.journal().allOperations());
        assertThat(audit.findings()).as(report.toString()).isEmpty();
        assertThat(audit.duplicated()).isZero();
        assertThat(audit.lost()).isZero();
        assertThat(core.journal().allPayments()).as("payments completed despite the faults")
                .anyMatch(p -> p.state() == PaymentState.PRINTED || p.state() == PaymentState.REPRINT_AVAILABLE);
    }

    private void oneTransactionUnderFaults(String idNumber, String name) {
        try {
            Resident resident = withinDeadline(() -> backend.lookupResident(idNumber, name));
            List<Violation> fines = withinDeadline(() -> backend.violations(resident.residentId()));
            Violation fine = fines.stream().filter(Violation::payable).findFirst().orElse(null);
            if (fine == null) {
                return;
            }
            Payment payment = withinDeadline(() -> core.startPayment(resident.residentId(), core.residentKey(idNumber),
                    List.of(OrderItem.trafficFine(fine.violationId()))));
            try {
                withinDeadline(() -> backend.simulatePayment(payment.order().orderId()));
            } catch (BackendException e) {
                // The phone's answer was lost (the payment may still have happened) or it paid already
                // under the same derived key and the replay said so: nothing else is acceptable here.
                assertInjected(e, "ORDER_NOT_PENDING");
            }
            for (int i = 0; i < 3; i++) {
                try {
                    if (withinDeadline(() -> core.refresh(payment.paymentId())).isPaid()) {
                        Delivery d = core.printed(payment.paymentId());
                        assertThat(d.status()).isIn(Delivery.Status.SENT, Delivery.Status.QUEUED);
                        return;
                    }
                } catch (BackendException e) {
                    assertInjected(e); // a poll lost to a fault: poll again
                }
            }
            core.abandon(payment.paymentId());
        } catch (BackendException e) {
            // Only the faults themselves, or a fine still held by an order an earlier fault left pending.
            assertInjected(e, "ITEM_IN_PENDING_ORDER");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A failure must be one the injected faults cause (or a named refusal), typed, and free of personal data. */
    private static void assertInjected(BackendException e, String... refusals) {
        if (e.kind() == Kind.REFUSED) {
            assertThat(e.code()).as(e.getMessage()).isIn((Object[]) refusals);
        } else {
            assertThat(e.kind()).as(e.getMessage()).isIn(Kind.UNREACHABLE, Kind.TIMEOUT, Kind.SERVER_ERROR,
                    Kind.BAD_RESPONSE, Kind.CIRCUIT_OPEN, Kind.BUSY);
        }
        assertThat(String.valueOf(e.getMessage())).doesNotContain(ZHANG_ID).doesNotContain("张伟");
    }
}
