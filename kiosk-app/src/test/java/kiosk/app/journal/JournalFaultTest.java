package kiosk.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the journal does when its disk fills, its file is damaged, or a second kiosk process opens it. */
class JournalFaultTest {

    @TempDir
    Path dir;

    private static final PaymentOrder PAID = new PaymentOrder("O-1", 20000, "pay://O-1", PaymentOrder.Status.PAID,
            Instant.parse("2030-01-01T00:00:00Z"), null);

    private static void pay(Journal journal, String id) {
        journal.beginPayment(id, "rk", "R-1", List.of(OrderItem.trafficFine("V-" + id)), "K-" + id);
        journal.moveOperation("K-" + id, OperationState.SENT, null);
        journal.closeOperation("K-" + id, OperationState.CONFIRMED, null, PaymentState.AWAITING_PAYMENT, null, PAID);
        journal.movePayment(id, PaymentState.PAID, null, PAID);
    }

    @Test
    void aFullJournalFailsClearlyAndLosesNothingWritten() {
        Path file = dir.resolve("j.db");
        int written = 0;
        JournalException full = null;
        try (Journal journal = Journal.open(file, Clock.systemUTC(), 12)) {
            for (int i = 0; i < 10_000 && full == null; i++) {
                try {
                    pay(journal, "P-" + i);
                    written++;
                } catch (JournalException e) {
                    full = e;
                }
            }
            assertThat(full).as("the page limit was reached").isNotNull();
            assertThat(full.reason()).isEqualTo(JournalException.Reason.DISK_FULL);
            assertThat(full.staffMessageKey()).isEqualTo("journal.fault.disk_full");
            assertThat(written).isGreaterThan(3);
        }
        try (Journal reopened = Journal.open(file)) {
            assertThat(reopened.integrityCheck()).isEqualTo("ok");
            List<JournaledPayment> payments = reopened.allPayments();
            // Every payment that was fully written is there; the one that failed is whole or absent, never half.
            assertThat(payments.stream().filter(p -> p.state() == PaymentState.PAID)).hasSizeGreaterThanOrEqualTo(written);
            for (JournaledPayment p : payments) {
                assertThat(reopened.operationsOf(p.paymentId())).hasSize(1);
            }
        }
    }

    @Test
    void aDamagedJournalIsQuarantinedUntouchedAndTheKioskIsToldWhy() throws Exception {
        Path file = dir.resolve("j.db");
        try (Journal journal = Journal.open(file)) {
            pay(journal, "P-1");
            journal.durability();
        }
        Files.deleteIfExists(dir.resolve("j.db-wal"));
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(0);
            raw.write("this is not what SQLite wrote".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] damaged = Files.readAllBytes(file);

        JournalException corrupt = catchThrowableOfType(JournalException.class, () -> Journal.open(file));
        assertThat(corrupt.reason()).isEqualTo(JournalException.Reason.CORRUPT);
        assertThat(corrupt.staffMessageKey()).isEqualTo("journal.fault.corrupt");
        assertThat(corrupt.quarantined()).isNotNull().exists();
        assertThat(Files.readAllBytes(corrupt.quarantined())).as("money records kept byte for byte").isEqualTo(damaged);
        assertThat(file).doesNotExist();
        // The kiosk stays out of service until staff act: opening again does not silently start a new journal over it.
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
                .anyMatch(name -> name.startsWith("j.db.corrupt-"));
        JournalException again = catchThrowableOfType(JournalException.class, () -> Journal.open(file));
        assertThat(again.reason()).isEqualTo(JournalException.Reason.CORRUPT);
        assertThat(again.quarantined()).isEqualTo(corrupt.quarantined());
        assertThat(file).as("no fresh journal over the damaged one").doesNotExist();
        // Staff moved it away (after recovering its payments): the kiosk starts a new journal.
        Files.createDirectories(dir.resolve("recovered"));
        Files.move(corrupt.quarantined(), dir.resolve("recovered").resolve("j.db.corrupt-kept"),
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        try (Journal fresh = Journal.open(file)) {
            assertThat(fresh.allPayments()).isEmpty();
        }
    }

    @Test
    void aPageDamagedInsideTheFileIsFoundAtOpen() throws Exception {
        Path file = dir.resolve("j.db");
        try (Journal journal = Journal.open(file)) {
            for (int i = 0; i < 40; i++) {
                pay(journal, "P-" + i);
            }
        }
        Files.deleteIfExists(dir.resolve("j.db-wal"));
        long size = Files.size(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 4096; page < size; page += 4096) {
                raw.seek(page);
                raw.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x13, 0x37});
            }
        }
        JournalException corrupt = catchThrowableOfType(JournalException.class, () -> Journal.open(file));
        assertThat(corrupt).isNotNull();
        assertThat(corrupt.reason()).isEqualTo(JournalException.Reason.CORRUPT);
    }

    @Test
    void aSecondJournalOnTheSameFileIsRefused() {
        Path file = dir.resolve("j.db");
        try (Journal first = Journal.open(file)) {
            JournalException locked = catchThrowableOfType(JournalException.class, () -> Journal.open(file));
            assertThat(locked.reason()).isEqualTo(JournalException.Reason.LOCKED);
            first.beginPayment("P-1", "rk", "R-1", List.of(OrderItem.trafficFine("V-1")), "K-1");
        }
        try (Journal again = Journal.open(file)) {
            assertThat(again.allPayments()).hasSize(1);
        }
    }

    @Test
    void aSecondProcessOnTheSameJournalRefusesToStart() throws Exception {
        Path file = dir.resolve("j.db");
        try (Journal held = Journal.open(file)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process second = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SecondProcess.class.getName(), file.toString()).redirectErrorStream(true).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).as(out).isEqualTo(3);
            assertThat(out).contains("LOCKED");
            assertThat(held.allPayments()).isEmpty();
        }
    }

    /** The child: tries to open the journal, exits 3 with the reason when it cannot. */
    public static final class SecondProcess {
        public static void main(String[] args) {
            try (Journal journal = Journal.open(Path.of(args[0]))) {
                System.out.println("OPENED");
                System.exit(0);
            } catch (JournalException e) {
                System.out.println(e.reason());
                System.exit(3);
            }
        }
    }

    @Test
    void pruningRemovesOnlyWhatIsFinishedConfirmedAndOld() {
        Clock old = Clock.offset(Clock.systemUTC(), Duration.ofDays(-100));
        Path file = dir.resolve("j.db");
        try (Journal past = Journal.open(file, old)) {
            pay(past, "DONE");
            past.movePaymentWithOperation("DONE", PaymentState.PRINTED, null, OperationKind.RECORD_RECEIPT, "R-DONE", 20000);
            past.moveOperation("R-DONE", OperationState.SENT, null);
            past.closeOperation("R-DONE", OperationState.CONFIRMED, null, null, null, null);
            pay(past, "QUEUED"); // printed, but its record never reached the backend
            past.movePaymentWithOperation("QUEUED", PaymentState.PRINTED, null, OperationKind.RECORD_RECEIPT, "R-Q", 20000);
            pay(past, "OWED"); // paid, the receipt never printed
            past.movePayment("OWED", PaymentState.REPRINT_AVAILABLE, "PAPER_OUT");
            pay(past, "REFUSED-RECORD");
            past.movePaymentWithOperation("REFUSED-RECORD", PaymentState.PRINTED, null, OperationKind.RECORD_RECEIPT,
                    "R-X", 20000);
            past.closeOperation("R-X", OperationState.REFUSED, "ORDER_NOT_PAID", null, null, null);
        }
        try (Journal journal = Journal.open(file)) {
            pay(journal, "RECENT");
            journal.movePaymentWithOperation("RECENT", PaymentState.PRINTED, null, OperationKind.RECORD_RECEIPT, "R-R", 1);
            journal.moveOperation("R-R", OperationState.SENT, null);
            journal.closeOperation("R-R", OperationState.CONFIRMED, null, null, null, null);

            assertThat(journal.prune(Instant.now().minus(Duration.ofDays(90)))).isEqualTo(1);
            assertThat(journal.allPayments()).extracting(JournaledPayment::paymentId)
                    .containsExactlyInAnyOrder("QUEUED", "OWED", "REFUSED-RECORD", "RECENT");
            assertThat(journal.operation("R-DONE")).isEmpty();
            assertThat(journal.operation("R-Q")).isPresent();
        }
    }

    @Test
    void theResidentKeySecretLivesApartWithOwnerOnlyPermissions() throws Exception {
        Path key = dir.resolve("secrets").resolve("resident.key");
        byte[] secret = SecretFile.loadOrCreate(key, 32, () -> null);
        assertThat(secret).hasSize(32);
        assertThat(Files.getPosixFilePermissions(key))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(SecretFile.loadOrCreate(key, 32, () -> null)).isEqualTo(secret);

        Files.setPosixFilePermissions(key, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OTHERS_READ));
        assertThat(SecretFile.loadOrCreate(key, 32, () -> null)).isEqualTo(secret);
        assertThat(Files.getPosixFilePermissions(key)).doesNotContain(PosixFilePermission.OTHERS_READ);
    }
}
