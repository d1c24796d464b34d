package kiosk.app.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kiosk.app.model.BackendException;
import kiosk.app.backend.KioskBackends;
import kiosk.app.model.OrderItem;
import kiosk.app.backend.TestConfigs;
import kiosk.app.journal.OperationKind;
import kiosk.app.journal.OperationState;
import kiosk.app.journal.PaymentState;
import kiosk.config.KioskConfig;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionCoreMockTest {

    private static final String ORDER = """
            {"orderId":"ORD-1","amountCents":20000,"qrPayload":"pay://ORD-1","status":"PENDING",
             "expiresAt":"2030-01-01T00:00:00Z"}""";

    @TempDir
    Path dir;
    private MockWebServer server;
    private KioskConfig config;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        config = TestConfigs.pointingAt(server.url("/").toString(), dir.resolve("journal.db"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void wholeTransactionIsJournaledAndEveryResendKeepsItsKey() throws Exception {
        server.enqueue(json(503, "{\"code\":\"UNAVAILABLE\",\"retryable\":true}"));
        server.enqueue(json(201, ORDER));
        server.enqueue(json(200, ORDER.replace("PENDING", "PAID")));
        server.enqueue(json(201, "{\"receiptId\":\"RC-1\"}"));
        try (TransactionCore core = TransactionCore.open(config,
                KioskBackends.create(config, null, TestConfigs.fastPolicy()))) {
            String residentKey = core.residentKey("330602198503151256");
            Payment started = core.startPayment("R-1", residentKey, List.of(OrderItem.trafficFine("V-1")));
            assertThat(started.state()).isEqualTo(PaymentState.AWAITING_PAYMENT);
            assertThat(started.order().orderId()).isEqualTo("ORD-1");

            RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
            RecordedRequest resend = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(first.getHeaders().get("Idempotency-Key")).isNotBlank()
                    .isEqualTo(resend.getHeaders().get("Idempotency-Key"));
            assertThat(first.getHeaders().get("X-Kiosk-Id")).isEqualTo("KIOSK-DEMO-001");
            assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer demo-key-001");
            assertThat(first.getBody().utf8()).contains("\"clientRef\":\"" + started.paymentId() + "\"");

            assertThat(core.refresh(started.paymentId()).state()).isEqualTo(PaymentState.PAID);
            Delivery delivery = core.printed(started.paymentId());
            assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
            server.takeRequest(1, TimeUnit.SECONDS);
            RecordedRequest receipt = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(receipt.getUrl().encodedPath()).isEqualTo("/api/v1/receipts");
            assertThat(receipt.getHeaders().get("Idempotency-Key")).isNotBlank()
                    .isNotEqualTo(first.getHeaders().get("Idempotency-Key"));

            assertThat(core.journal().payment(started.paymentId()).orElseThrow().state()).isEqualTo(PaymentState.PRINTED);
            assertThat(core.journal().operationsOf(started.paymentId()))
                    .extracting(op -> op.kind() + ":" + op.state())
                    .containsExactly("CREATE_ORDER:CONFIRMED", "RECORD_RECEIPT:CONFIRMED");
            assertThat(core.journal().integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void refusalIsJournaledAndNeverResent() throws Exception {
        server.enqueue(json(422, """
                {"code":"VIOLATION_NOT_PAYABLE","message":{"zh-CN":"不可缴纳","zh-TW":"不可繳納","en":"Not payable"},
                 "retryable":false}"""));
        try (TransactionCore core = TransactionCore.open(config,
                KioskBackends.create(config, null, TestConfigs.fastPolicy()))) {
            assertThatThrownBy(() -> core.startPayment("R-1", "rk", List.of(OrderItem.trafficFine("V-9"))))
                    .isInstanceOfSatisfying(BackendException.class, e -> {
                        assertThat(e.kind()).isEqualTo(BackendException.Kind.REFUSED);
                        assertThat(e.code()).isEqualTo("VIOLATION_NOT_PAYABLE");
                        assertThat(e.residentMessage().in(java.util.Locale.ENGLISH)).isEqualTo("Not payable");
                    });
            assertThat(core.journal().paymentsIn(PaymentState.REFUSED)).hasSize(1);
            assertThat(core.recover().resent()).isZero();
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void receiptRecordIsQueuedOfflineAndSentFirstWithItsKeyWhenTheLinkReturns() throws Exception {
        server.enqueue(json(201, ORDER));
        server.enqueue(json(200, ORDER.replace("PENDING", "PAID")));
        try (TransactionCore core = TransactionCore.open(config,
                KioskBackends.create(config, null, TestConfigs.fastPolicy()))) {
            Payment payment = core.startPayment("R-1", "rk", List.of(OrderItem.trafficFine("V-1")));
            core.refresh(payment.paymentId());
            server.close(); // the backend goes away
            Delivery delivery = core.printed(payment.paymentId());
            assertThat(delivery.status()).isEqualTo(Delivery.Status.QUEUED);
            String key = core.journal().operationsOf(payment.paymentId()).get(1).idempotencyKey();
            // A new payment is not held behind the queue: with the link down it is refused on its own,
            // closed (nothing to resend), and the queued record keeps waiting with its key.
            assertThatThrownBy(() -> core.startPayment("R-2", "rk2", List.of(OrderItem.trafficFine("V-2"))))
                    .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind())
                            .isIn(BackendException.Kind.UNREACHABLE, BackendException.Kind.CIRCUIT_OPEN));
            assertThat(core.journal().paymentsIn(PaymentState.FAILED)).hasSize(1);
            assertThat(core.journal().openOperations()).extracting(op -> op.idempotencyKey()).containsExactly(key);
            assertThat(core.journal().operation(key).orElseThrow().state()).isEqualTo(OperationState.SENT);

            // Back online at another port: restart the core against it, recovery sends the queued record.
            try (MockWebServer again = new MockWebServer()) {
                again.enqueue(json(201, "{\"receiptId\":\"RC-1\"}"));
                again.start();
                KioskConfig moved = TestConfigs.pointingAt(again.url("/").toString(), dir.resolve("journal.db"));
                core.close();
                try (TransactionCore restarted = TransactionCore.open(moved,
                        KioskBackends.create(moved, null, TestConfigs.fastPolicy()))) {
                    RecoveryReport report = restarted.recover();
                    assertThat(report.confirmed()).isEqualTo(1);
                    assertThat(report.stillQueued()).isZero();
                    RecordedRequest sent = again.takeRequest(1, TimeUnit.SECONDS);
                    assertThat(sent.getHeaders().get("Idempotency-Key")).isEqualTo(key);
                    assertThat(restarted.journal().operationsOf(payment.paymentId()))
                            .filteredOn(op -> op.kind() == OperationKind.RECORD_RECEIPT)
                            .extracting(op -> op.state()).containsExactly(OperationState.CONFIRMED);
                }
            }
        }
    }

    @Test
    void queuedRecordLeavesOnItsOwnWhenTheLinkReturns() throws Exception {
        server.enqueue(json(201, ORDER));
        server.enqueue(json(200, ORDER.replace("PENDING", "PAID")));
        int port = server.getPort();
        java.util.concurrent.ScheduledExecutorService scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (TransactionCore core = TransactionCore.open(config,
                KioskBackends.create(config, null, TestConfigs.fastPolicy()))) {
            Payment payment = core.startPayment("R-1", "rk", List.of(OrderItem.trafficFine("V-1")));
            core.refresh(payment.paymentId());
            server.close();
            assertThat(core.printed(payment.paymentId()).status()).isEqualTo(Delivery.Status.QUEUED);
            core.forwardEvery(scheduler, java.time.Duration.ofMillis(100));
            try (MockWebServer back = new MockWebServer()) {
                back.enqueue(json(201, "{\"receiptId\":\"RC-1\"}"));
                back.start(port);
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                        .until(() -> core.journal().openOperations().isEmpty());
                assertThat(back.takeRequest(1, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/api/v1/receipts");
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void orderCreationOlderThanTheBackendKeepsItsKeyIsClosedNotResent() throws Exception {
        java.time.Clock twoDaysAgo = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofDays(-2));
        try (kiosk.app.journal.Journal old = kiosk.app.journal.Journal.open(dir.resolve("journal.db"), twoDaysAgo)) {
            old.beginPayment("P-OLD", "rk", "R-1", List.of(OrderItem.trafficFine("V-1")), "K-OLD");
            old.moveOperation("K-OLD", OperationState.SENT, "TIMEOUT");
        }
        try (TransactionCore core = TransactionCore.open(config,
                KioskBackends.create(config, null, TestConfigs.fastPolicy()))) {
            core.recover();
            assertThat(core.journal().operation("K-OLD").orElseThrow().state()).isEqualTo(OperationState.REFUSED);
            assertThat(core.journal().payment("P-OLD").orElseThrow().state()).isEqualTo(PaymentState.FAILED);
            assertThat(server.getRequestCount()).isZero();
        }
    }
}
