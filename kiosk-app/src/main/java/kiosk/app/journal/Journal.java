package kiosk.app.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import org.sqlite.SQLiteConfig;

/**
 * The kiosk's durable journal in SQLite (WAL, synchronous=FULL: a committed write survives a crash and
 * a power cut). Every write that moves a state is one SQLite transaction that checks the state it
 * starts from, so two writers or a replayed step cannot skip a state. Thread-safe.
 */
public final class Journal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<OrderItem>> ITEMS = new TypeReference<>() { };

    private final Path file;
    private final Connection db;
    private final Clock clock;
    private final JournalLock lock;

    private Journal(Path file, Connection db, Clock clock, JournalLock lock) {
        this.file = file;
        this.db = db;
        this.clock = clock;
        this.lock = lock;
    }

    public static Journal open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Journal open(Path file, Clock clock) {
        return open(file, clock, 0);
    }

    /**
     * Opens (or creates) the journal. {@code maxPages} &gt; 0 caps the file at that many SQLite pages
     * (4 KiB each), so a full journal fails cleanly with {@link JournalException.Reason#DISK_FULL}
     * before the disk itself fills.
     *
     * @throws JournalException LOCKED when another process holds it; CORRUPT when the file is damaged
     *                          (it is then moved aside, untouched, to {@link JournalException#quarantined()});
     *                          IO otherwise
     */
    public static Journal open(Path file, Clock clock, long maxPages) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new JournalException("cannot create the journal's directory", e);
        }
        JournalLock lock = JournalLock.acquire(absolute);
        Path waiting = quarantinedBeside(absolute);
        if (waiting != null) {
            // A damaged journal waits for staff: a fresh one over it would let the kiosk sell while its
            // unsettled payments sit unseen. Staff recover it, move it away, and restart.
            lock.close();
            throw new JournalException(JournalException.Reason.CORRUPT,
                    "a damaged journal waits for staff: " + waiting.getFileName(), null, waiting);
        }
        Connection db = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(5000);
            config.enforceForeignKeys(true);
            db = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
            try (Statement s = db.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    String verdict = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equalsIgnoreCase(verdict)) {
                        throw new SQLException("quick_check: damaged", "corrupt", CORRUPT_CODE);
                    }
                }
                if (maxPages > 0) {
                    s.execute("PRAGMA max_page_count = " + maxPages);
                }
                createTables(s);
            }
            db.setAutoCommit(false);
            db.commit();
            return new Journal(absolute, db, clock, lock);
        } catch (SQLException e) {
            closeQuietly(db);
            if (isCorrupt(e)) {
                lock.close();
                throw quarantine(absolute, e);
            }
            lock.close();
            throw new JournalException(isFull(e) ? JournalException.Reason.DISK_FULL : JournalException.Reason.IO,
                    "cannot open the journal", e, null);
        } catch (RuntimeException e) {
            closeQuietly(db);
            lock.close();
            throw e;
        }
    }

    private static void createTables(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value BLOB NOT NULL)");
        s.execute("""
                CREATE TABLE IF NOT EXISTS payments(
                  payment_id TEXT PRIMARY KEY,
                  resident_key TEXT NOT NULL,
                  resident_id TEXT NOT NULL,
                  items TEXT NOT NULL,
                  state TEXT NOT NULL,
                  order_id TEXT,
                  amount_cents INTEGER NOT NULL DEFAULT 0,
                  qr_payload TEXT,
                  expires_at TEXT,
                  reason TEXT,
                  created_at TEXT NOT NULL,
                  updated_at TEXT NOT NULL)""");
        s.execute("CREATE INDEX IF NOT EXISTS payments_by_resident ON payments(resident_key, state)");
        s.execute("""
                CREATE TABLE IF NOT EXISTS operations(
                  seq INTEGER PRIMARY KEY AUTOINCREMENT,
                  idempotency_key TEXT NOT NULL UNIQUE,
                  payment_id TEXT NOT NULL REFERENCES payments(payment_id),
                  kind TEXT NOT NULL,
                  state TEXT NOT NULL,
                  amount_cents INTEGER NOT NULL DEFAULT 0,
                  attempts INTEGER NOT NULL DEFAULT 0,
                  last_error TEXT,
                  created_at TEXT NOT NULL,
                  updated_at TEXT NOT NULL)""");
        s.execute("CREATE INDEX IF NOT EXISTS open_operations ON operations(state, seq)");
        // Reconciliation looks up payments by state and operations by payment every 30 s: without these a
        // journal of a few months' receipts cost it a full scan per payment (a core, in the soak bench).
        s.execute("CREATE INDEX IF NOT EXISTS operations_of_payment ON operations(payment_id, seq)");
        s.execute("CREATE INDEX IF NOT EXISTS payments_by_state ON payments(state, created_at)");
    }

    private static final int CORRUPT_CODE = 11; // SQLITE_CORRUPT
    private static final int NOT_A_DATABASE_CODE = 26; // SQLITE_NOTADB
    private static final int FULL_CODE = 13; // SQLITE_FULL

    private static boolean isCorrupt(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == CORRUPT_CODE || code == NOT_A_DATABASE_CODE;
    }

    private static boolean isFull(SQLException e) {
        return (e.getErrorCode() & 0xFF) == FULL_CODE;
    }

    /** Moves a damaged journal (and its WAL) aside, never deleting a byte: staff recover the money records from it. */
    /** A journal moved aside as damaged (not its -wal/-shm companions), or null. */
    private static Path quarantinedBeside(Path file) {
        String prefix = file.getFileName() + ".corrupt-";
        try (var siblings = Files.list(file.getParent())) {
            return siblings.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && !name.endsWith("-wal") && !name.endsWith("-shm");
            }).sorted().findFirst().orElse(null);
        } catch (java.io.IOException e) {
            throw new JournalException("cannot list the journal's directory", e);
        }
    }

    private static JournalException quarantine(Path file, SQLException cause) {
        String suffix = ".corrupt-" + Instant.now().toString().replace(':', '-');
        Path target = file.resolveSibling(file.getFileName() + suffix);
        try {
            for (String part : new String[] {"-wal", "-shm"}) {
                Path side = file.resolveSibling(file.getFileName() + part);
                if (Files.exists(side)) {
                    Files.move(side, file.resolveSibling(file.getFileName() + suffix + part));
                }
            }
            Files.move(file, target);
        } catch (java.io.IOException e) {
            cause.addSuppressed(e);
            target = file; // could not move it: it stays where it is, still untouched
        }
        return new JournalException(JournalException.Reason.CORRUPT,
                "the journal is damaged; kept for staff at " + target.getFileName(), cause, target);
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // the open failure is the one worth reporting
            }
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Takes a secret an older version kept in the journal (it now lives in a file of its own): returns
     * it and deletes it from the journal, or null when there is none.
     */
    public synchronized byte[] takeLegacySecret(String name) {
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            q.setString(1, name);
            byte[] value = null;
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    value = rs.getBytes(1);
                }
            }
            db.commit();
            return value;
        } catch (SQLException e) {
            throw rollback("legacy secret", e);
        }
    }

    /** Deletes a legacy secret once it is safely in its own file. */
    public synchronized void forgetLegacySecret(String name) {
        try (PreparedStatement d = db.prepareStatement("DELETE FROM meta WHERE name = ?")) {
            d.setString(1, name);
            d.executeUpdate();
            db.commit();
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            db.commit();
        } catch (SQLException e) {
            throw rollback("forget legacy secret", e);
        }
    }

    /**
     * Deletes payments finished before {@code before} together with their operations, but only those
     * nothing is owed on: the payment is in a final state (PRINTED, REFUNDED, REFUSED, EXPIRED, or FAILED
     * without an order) and every one of its operations is closed and not a refused receipt record or
     * refund (those wait for staff). Returns how many payments were removed.
     */
    public synchronized int prune(Instant before) {
        String prunable = """
                SELECT p.payment_id FROM payments p
                WHERE p.updated_at < ?
                  AND (p.state IN ('PRINTED', 'REFUNDED', 'REFUSED', 'EXPIRED')
                       OR (p.state = 'FAILED' AND p.order_id IS NULL))
                  AND NOT EXISTS (SELECT 1 FROM operations o WHERE o.payment_id = p.payment_id
                                  AND (o.state IN ('PENDING', 'SENT')
                                       OR (o.state = 'REFUSED' AND o.kind IN ('RECORD_RECEIPT', 'REFUND'))))
                  AND (p.state <> 'PRINTED' OR EXISTS (SELECT 1 FROM operations o WHERE o.payment_id = p.payment_id
                                  AND o.kind = 'RECORD_RECEIPT' AND o.state = 'CONFIRMED'))""";
        try (PreparedStatement find = db.prepareStatement(prunable);
             PreparedStatement ops = db.prepareStatement("DELETE FROM operations WHERE payment_id = ?");
             PreparedStatement pays = db.prepareStatement("DELETE FROM payments WHERE payment_id = ?")) {
            find.setString(1, before.toString());
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            for (String id : ids) {
                ops.setString(1, id);
                ops.executeUpdate();
                pays.setString(1, id);
                pays.executeUpdate();
            }
            db.commit();
            return ids.size();
        } catch (SQLException e) {
            throw rollback("prune", e);
        }
    }

    // ---- payments and their operations ----------------------------------------------------------

    /** Journals a new payment (ORDERING) and its order creation (PENDING) in one transaction. */
    public synchronized void beginPayment(String paymentId, String residentKey, String residentId, List<OrderItem> items,
                                          String idempotencyKey) {
        String now = now();
        try (PreparedStatement p = db.prepareStatement("""
                INSERT INTO payments(payment_id, resident_key, resident_id, items, state, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            p.setString(1, paymentId);
            p.setString(2, residentKey);
            p.setString(3, residentId);
            p.setString(4, JSON.writeValueAsString(items));
            p.setString(5, PaymentState.ORDERING.name());
            p.setString(6, now);
            p.setString(7, now);
            p.executeUpdate();
            insertOperation(idempotencyKey, paymentId, OperationKind.CREATE_ORDER, 0, now);
            db.commit();
        } catch (SQLException e) {
            throw rollback("begin payment", e);
        } catch (JsonProcessingException e) {
            throw new JournalException("cannot encode order items", e);
        }
    }

    /** Journals a queued or immediate follow-up operation (receipt record, refund) as PENDING. */
    public synchronized JournaledOperation addOperation(String paymentId, OperationKind kind, String idempotencyKey,
                                                        long amountCents) {
        try {
            insertOperation(idempotencyKey, paymentId, kind, amountCents, now());
            db.commit();
            return operation(idempotencyKey).orElseThrow();
        } catch (SQLException e) {
            throw rollback("add operation", e);
        }
    }

    private void insertOperation(String key, String paymentId, OperationKind kind, long amountCents, String now)
            throws SQLException {
        try (PreparedStatement o = db.prepareStatement("""
                INSERT INTO operations(idempotency_key, payment_id, kind, state, amount_cents, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            o.setString(1, key);
            o.setString(2, paymentId);
            o.setString(3, kind.name());
            o.setString(4, OperationState.PENDING.name());
            o.setLong(5, amountCents);
            o.setString(6, now);
            o.setString(7, now);
            o.executeUpdate();
        }
    }

    /** Moves an operation; SENT also counts an attempt. */
    public synchronized void moveOperation(String idempotencyKey, OperationState next, String error) {
        try {
            JournaledOperation op = operation(idempotencyKey)
                    .orElseThrow(() -> new IllegalArgumentException("no such operation"));
            if (!op.state().canMoveTo(next)) {
                throw new IllegalTransitionException("operation " + op.kind(), op.state(), next);
            }
            try (PreparedStatement u = db.prepareStatement("""
                    UPDATE operations SET state = ?, attempts = attempts + ?, last_error = ?, updated_at = ?
                    WHERE idempotency_key = ? AND state = ?""")) {
                u.setString(1, next.name());
                u.setInt(2, next == OperationState.SENT ? 1 : 0);
                u.setString(3, error);
                u.setString(4, now());
                u.setString(5, idempotencyKey);
                u.setString(6, op.state().name());
                if (u.executeUpdate() != 1) {
                    throw new IllegalTransitionException("operation changed concurrently", op.state(), next);
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw rollback("move operation", e);
        }
    }

    /** Moves a payment, checking the move is legal from the state it is in now. */
    public synchronized JournaledPayment movePayment(String paymentId, PaymentState next, String reason) {
        return movePayment(paymentId, next, reason, null);
    }

    /** Moves a payment and records what the backend said about its order, in one transaction. */
    public synchronized JournaledPayment movePayment(String paymentId, PaymentState next, String reason,
                                                     PaymentOrder order) {
        try {
            update(paymentId, next, reason, order);
            db.commit();
            return payment(paymentId).orElseThrow();
        } catch (SQLException e) {
            throw rollback("move payment", e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * Moves a payment and journals the follow-up operation it calls for (receipt record, refund) in ONE
     * transaction: a crash can never leave a printed receipt without its record, or the reverse.
     */
    public synchronized JournaledPayment movePaymentWithOperation(String paymentId, PaymentState next, String reason,
                                                                  OperationKind kind, String idempotencyKey,
                                                                  long amountCents) {
        try {
            update(paymentId, next, reason, null);
            insertOperation(idempotencyKey, paymentId, kind, amountCents, now());
            db.commit();
            return payment(paymentId).orElseThrow();
        } catch (SQLException e) {
            throw rollback("move payment with operation", e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void update(String paymentId, PaymentState next, String reason, PaymentOrder order) throws SQLException {
        JournaledPayment current = paymentInTransaction(paymentId);
        if (!current.state().canMoveTo(next)) {
            throw new IllegalTransitionException("payment", current.state(), next);
        }
        try (PreparedStatement u = db.prepareStatement("""
                UPDATE payments SET state = ?, reason = COALESCE(?, reason), updated_at = ?,
                  order_id = COALESCE(?, order_id), amount_cents = COALESCE(?, amount_cents),
                  qr_payload = COALESCE(?, qr_payload), expires_at = COALESCE(?, expires_at)
                WHERE payment_id = ? AND state = ?""")) {
            u.setString(1, next.name());
            u.setString(2, reason);
            u.setString(3, now());
            u.setString(4, order == null ? null : order.orderId());
            if (order == null) {
                u.setNull(5, java.sql.Types.INTEGER);
            } else {
                u.setLong(5, order.amountCents());
            }
            u.setString(6, order == null ? null : order.qrPayload());
            u.setString(7, order == null || order.expiresAt() == null ? null : order.expiresAt().toString());
            u.setString(8, paymentId);
            u.setString(9, current.state().name());
            if (u.executeUpdate() != 1) {
                throw new IllegalTransitionException("payment changed concurrently", current.state(), next);
            }
        }
    }

    private JournaledPayment paymentInTransaction(String paymentId) {
        List<JournaledPayment> found = payments(false, "WHERE payment_id = ?", paymentId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no such payment");
        }
        return found.get(0);
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
        restartTransactions();
    }

    /**
     * Closes an operation (CONFIRMED or REFUSED) and moves its payment in ONE transaction, so a crash
     * between the two can never leave a confirmed refund on a payment still marked NEEDS_REFUND, or a
     * created order on a payment still ORDERING. {@code next} null: the payment keeps its state
     * (only the order, if given, is recorded).
     */
    public synchronized JournaledPayment closeOperation(String idempotencyKey, OperationState outcome, String error,
                                                        PaymentState next, String reason, PaymentOrder order) {
        try {
            JournaledOperation op = operations(false, "WHERE idempotency_key = ?", idempotencyKey).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no such operation"));
            if (!op.state().canMoveTo(outcome) || outcome.isOpen()) {
                throw new IllegalTransitionException("operation " + op.kind(), op.state(), outcome);
            }
            try (PreparedStatement u = db.prepareStatement("""
                    UPDATE operations SET state = ?, last_error = ?, updated_at = ?
                    WHERE idempotency_key = ? AND state = ?""")) {
                u.setString(1, outcome.name());
                u.setString(2, error);
                u.setString(3, now());
                u.setString(4, idempotencyKey);
                u.setString(5, op.state().name());
                u.executeUpdate();
            }
            if (next != null) {
                update(op.paymentId(), next, reason, order);
            } else if (order != null) {
                try (PreparedStatement u = db.prepareStatement("""
                        UPDATE payments SET order_id = ?, amount_cents = ?, qr_payload = ?, expires_at = ?, updated_at = ?
                        WHERE payment_id = ?""")) {
                    u.setString(1, order.orderId());
                    u.setLong(2, order.amountCents());
                    u.setString(3, order.qrPayload());
                    u.setString(4, order.expiresAt() == null ? null : order.expiresAt().toString());
                    u.setString(5, now());
                    u.setString(6, op.paymentId());
                    u.executeUpdate();
                }
            }
            db.commit();
            return payment(op.paymentId()).orElseThrow();
        } catch (SQLException e) {
            throw rollback("close operation", e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    // ---- queries ------------------------------------------------------------------------------

    public synchronized Optional<JournaledPayment> payment(String paymentId) {
        List<JournaledPayment> found = payments("WHERE payment_id = ?", paymentId);
        return found.stream().findFirst();
    }

    public synchronized List<JournaledPayment> paymentsIn(PaymentState state) {
        return payments("WHERE state = ? ORDER BY created_at", state.name());
    }

    /** Printed payments whose receipt record was never queued (an older version dropped it at the cap). */
    public synchronized List<JournaledPayment> printedWithoutReceiptRecord() {
        return payments("WHERE state = 'PRINTED' AND NOT EXISTS (SELECT 1 FROM operations o"
                + " WHERE o.payment_id = payments.payment_id AND o.kind = 'RECORD_RECEIPT') ORDER BY created_at");
    }

    public synchronized List<JournaledPayment> paymentsOf(String residentKey, PaymentState state) {
        return payments("WHERE resident_key = ? AND state = ? ORDER BY created_at", residentKey, state.name());
    }

    public synchronized List<JournaledPayment> allPayments() {
        return payments("ORDER BY created_at");
    }

    public synchronized Optional<JournaledOperation> operation(String idempotencyKey) {
        return operations("WHERE idempotency_key = ?", idempotencyKey).stream().findFirst();
    }

    /** PENDING and SENT operations, oldest first: the store-and-forward queue and crash leftovers. */
    public synchronized List<JournaledOperation> openOperations() {
        return operations("WHERE state IN ('PENDING', 'SENT') ORDER BY seq");
    }

    public synchronized List<JournaledOperation> operationsOf(String paymentId) {
        return operations("WHERE payment_id = ? ORDER BY seq", paymentId);
    }

    public synchronized List<JournaledOperation> allOperations() {
        return operations("ORDER BY seq");
    }

    /** The journal's own connection settings as SQLite reports them, e.g. "wal synchronous=2" (2 = FULL). */
    public synchronized String durability() {
        try (Statement s = db.createStatement()) {
            String mode;
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                mode = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
                rs.next();
                mode += " synchronous=" + rs.getInt(1);
            }
            db.commit();
            return mode;
        } catch (SQLException e) {
            throw rollback("durability", e);
        }
    }

    /** SQLite's own check of the file; "ok" when sound. */
    public synchronized String integrityCheck() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            String result = rs.getString(1);
            db.commit();
            return result;
        } catch (SQLException e) {
            throw rollback("integrity check", e);
        }
    }

    private List<JournaledPayment> payments(String where, String... args) {
        return payments(true, where, args);
    }

    private List<JournaledPayment> payments(boolean endTransaction, String where, String... args) {
        try (PreparedStatement q = db.prepareStatement("""
                SELECT payment_id, resident_key, resident_id, items, state, order_id, amount_cents, qr_payload,
                       expires_at, reason, created_at, updated_at FROM payments""" + " " + where)) {
            for (int i = 0; i < args.length; i++) {
                q.setString(i + 1, args[i]);
            }
            List<JournaledPayment> result = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new JournaledPayment(rs.getString(1), rs.getString(2), rs.getString(3),
                            JSON.readValue(rs.getString(4), ITEMS), PaymentState.valueOf(rs.getString(5)),
                            rs.getString(6), rs.getLong(7), rs.getString(8), instant(rs.getString(9)),
                            rs.getString(10), instant(rs.getString(11)), instant(rs.getString(12))));
                }
            }
            if (endTransaction) {
                db.commit();
            }
            return result;
        } catch (SQLException e) {
            throw rollback("read payments", e);
        } catch (JsonProcessingException e) {
            throw new JournalException("journal holds unreadable order items", e);
        }
    }

    private List<JournaledOperation> operations(String where, String... args) {
        return operations(true, where, args);
    }

    private List<JournaledOperation> operations(boolean endTransaction, String where, String... args) {
        try (PreparedStatement q = db.prepareStatement("""
                SELECT seq, idempotency_key, payment_id, kind, state, amount_cents, attempts, last_error,
                       created_at, updated_at FROM operations""" + " " + where)) {
            for (int i = 0; i < args.length; i++) {
                q.setString(i + 1, args[i]);
            }
            List<JournaledOperation> result = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new JournaledOperation(rs.getLong(1), rs.getString(2), rs.getString(3),
                            OperationKind.valueOf(rs.getString(4)), OperationState.valueOf(rs.getString(5)),
                            rs.getLong(6), rs.getInt(7), rs.getString(8), instant(rs.getString(9)),
                            instant(rs.getString(10))));
                }
            }
            if (endTransaction) {
                db.commit();
            }
            return result;
        } catch (SQLException e) {
            throw rollback("read operations", e);
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private String now() {
        return clock.instant().toString();
    }

    /**
     * The driver may still believe a transaction is open after SQLite ended it (it does on SQLITE_FULL);
     * start clean, or every later read would fail with "cannot commit - no transaction is active" and the
     * kiosk could neither reconcile nor reprint after a full disk.
     */
    private void restartTransactions() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // nothing to commit: SQLite already ended the transaction
        }
        try {
            db.setAutoCommit(false);
        } catch (SQLException ignored) {
            // the connection is gone; the original failure is still the one to report
        }
    }

    private JournalException rollback(String what, SQLException e) {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // SQLite already rolled back (it does on SQLITE_FULL): the original failure is the one worth reporting
        }
        restartTransactions();
        if (isFull(e)) {
            return new JournalException(JournalException.Reason.DISK_FULL,
                    "journal " + what + " failed: the journal is full; nothing was written", e, null);
        }
        if (isCorrupt(e)) {
            return new JournalException(JournalException.Reason.CORRUPT, "journal " + what + " failed: damaged file", e,
                    null);
        }
        return new JournalException("journal " + what + " failed", e);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new JournalException("cannot close the journal", e);
        } finally {
            lock.close();
        }
    }
}
