package kiosk.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.transaction.ResidentKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static final PaymentOrder ORDER = new PaymentOrder("O-1", 20000, "pay://O-1", PaymentOrder.Status.PENDING,
            Instant.parse("2030-01-01T00:00:00Z"), null);

    @Test
    void fileIsWalWithFullSync() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("j.db"))) {
            // Asked on the journal's own connection: synchronous is a per-connection setting.
            assertThat(journal.durability()).isEqualTo("wal synchronous=2");
            journal.beginPayment("P-1", "rk", "R-1", List.of(OrderItem.trafficFine("V-1")), "K-1");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("j.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void printedPaymentsWithoutAReceiptRecordAreFoundByOneQuery() {
        try (Journal journal = Journal.open(dir.resolve("j.db"))) {
            for (String id : List.of("P-1", "P-2", "P-3")) {
                journal.beginPayment(id, "rk", "R-1", List.of(OrderItem.trafficFine("V-" + id)), "K-" + id);
                journal.movePayment(id, PaymentState.AWAITING_PAYMENT, null,
                        new PaymentOrder("O-" + id, 20000, "pay://" + id, PaymentOrder.Status.PENDING, ORDER.expiresAt(), null));
                journal.movePayment(id, PaymentState.PAID, null);
            }
            journal.movePayment("P-1", PaymentState.PRINTED, null);
            journal.movePayment("P-2", PaymentState.PRINTED, null);
            journal.addOperation("P-2", OperationKind.RECORD_RECEIPT, "R-P-2", 0);

            assertThat(journal.printedWithoutReceiptRecord()).extracting(JournaledPayment::paymentId)
                    .as("printed, no record queued; not the recorded one, not the one still paid").containsExactly("P-1");
        }
    }

    @Test
    void paymentWalksItsLegalPathAndSurvivesReopening() {
        Path file = dir.resolve("j.db");
        try (Journal journal = Journal.open(file)) {
            journal.beginPayment("P-1", "rk", "R-1", List.of(OrderItem.trafficFine("V-1")), "K-1");
            assertThat(journal.openOperations()).extracting(JournaledOperation::idempotencyKey).containsExactly("K-1");
            journal.moveOperation("K-1", OperationState.SENT, null);
            journal.moveOperation("K-1", OperationState.CONFIRMED, null);
            journal.movePayment("P-1", PaymentState.AWAITING_PAYMENT, null, ORDER);
            journal.movePayment("P-1", PaymentState.PAID, null);
        }
        try (Journal journal = Journal.open(file)) {
            JournaledPayment p = journal.payment("P-1").orElseThrow();
            assertThat(p.state()).isEqualTo(PaymentState.PAID);
            assertThat(p.orderId()).isEqualTo("O-1");
            assertThat(p.amountCents()).isEqualTo(20000);
            assertThat(p.items()).containsExactly(OrderItem.trafficFine("V-1"));
            assertThat(journal.openOperations()).isEmpty();
            assertThat(journal.operation("K-1").orElseThrow().attempts()).isEqualTo(1);
            assertThat(journal.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        try (Journal journal = Journal.open(dir.resolve("j.db"))) {
            journal.beginPayment("P-1", "rk", "R-1", List.of(OrderItem.trafficFine("V-1")), "K-1");
            assertThatThrownBy(() -> journal.movePayment("P-1", PaymentState.PRINTED, null))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> journal.moveOperation("K-1", OperationState.CONFIRMED, null))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(journal.payment("P-1").orElseThrow().state()).isEqualTo(PaymentState.ORDERING);
            assertThat(journal.operation("K-1").orElseThrow().state()).isEqualTo(OperationState.PENDING);
        }
    }

    @Test
    void theSameIdempotencyKeyCannotBeJournaledTwice() {
        try (Journal journal = Journal.open(dir.resolve("j.db"))) {
            journal.beginPayment("P-1", "rk", "R-1", List.of(OrderItem.trafficFine("V-1")), "K-1");
            assertThatThrownBy(() -> journal.addOperation("P-1", OperationKind.REFUND, "K-1", 0))
                    .isInstanceOf(JournalException.class);
        }
    }

    @Test
    void stateMachinesHaveNoWayOutOfFinalStates() {
        for (PaymentState end : EnumSet.of(PaymentState.PRINTED, PaymentState.REFUNDED, PaymentState.REFUSED,
                PaymentState.EXPIRED)) {
            for (PaymentState next : PaymentState.values()) {
                assertThat(end.canMoveTo(next)).as(end + " -> " + next).isFalse();
            }
        }
        for (OperationState next : OperationState.values()) {
            assertThat(OperationState.CONFIRMED.canMoveTo(next)).isFalse();
            assertThat(OperationState.REFUSED.canMoveTo(next)).isFalse();
        }
        assertThat(PaymentState.PAID.canMoveTo(PaymentState.REPRINT_AVAILABLE)).isTrue();
        assertThat(PaymentState.FAILED.canMoveTo(PaymentState.NEEDS_REFUND)).isTrue();
        assertThat(PaymentState.NEEDS_REFUND.canMoveTo(PaymentState.REFUNDED)).isTrue();
    }

    @Test
    void noIdNumberOrNameIsStoredInTheFile() throws Exception {
        Path file = dir.resolve("j.db");
        String idNumber = "330602198503151256";
        try (Journal journal = Journal.open(file)) {
            ResidentKeys keys = new ResidentKeys(SecretFile.loadOrCreate(dir.resolve("j.key"), 32, () -> null));
            String residentKey = keys.keyOf(idNumber);
            assertThat(residentKey).doesNotContain(idNumber).isEqualTo(keys.keyOf(" 330602198503151256 "));
            journal.beginPayment("P-1", residentKey, "R-1", List.of(OrderItem.trafficFine("V-1")), "K-1");
        }
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                + (Files.exists(dir.resolve("j.db-wal")) ? new String(Files.readAllBytes(dir.resolve("j.db-wal")),
                StandardCharsets.ISO_8859_1) : "");
        assertThat(raw).doesNotContain(idNumber).doesNotContain("198503151235");
        assertThat(raw).contains("P-1");
    }
}
