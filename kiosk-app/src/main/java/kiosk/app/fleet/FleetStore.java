package kiosk.app.fleet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kiosk.app.ops.Backlog;

/**
 * The kiosk's fleet state in its own SQLite file (WAL, synchronous=FULL): the urgent-event outbox, the
 * problems currently raised, and the configuration running. Raising a problem and journaling its event is
 * one transaction, so after a crash or a power cut the event is still sent, once, and a problem that went
 * away while the kiosk was off is cleared at the next start.
 */
public final class FleetStore implements AutoCloseable {

    /** An event waiting to be sent, with how often it was tried. */
    public record Pending(long seq, UrgentEvent event, int attempts) {
    }

    /** The configuration this kiosk runs (version 0: the one it was installed with, never changed by the fleet). */
    public record RunningConfig(int version, Map<String, Object> config, Instant appliedAt) {
    }

    private static final int KEEP_SENT = 1000;
    private final Connection db;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    private FleetStore(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public static FleetStore open(Path file, Clock clock) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute("CREATE TABLE IF NOT EXISTS urgent_event (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE,"
                        + " kind TEXT NOT NULL, action TEXT NOT NULL, device TEXT NOT NULL, occurred_at TEXT NOT NULL,"
                        + " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, sent_at TEXT, outcome TEXT)");
                st.execute("CREATE TABLE IF NOT EXISTS active_problem (kind TEXT NOT NULL, device TEXT NOT NULL, since TEXT NOT NULL,"
                        + " PRIMARY KEY (kind, device))");
                st.execute("CREATE TABLE IF NOT EXISTS running_config (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL,"
                        + " body TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            return new FleetStore(c, clock);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot open the fleet store " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** Raises a problem and journals its event, unless it is raised already. The event, or empty. */
    public synchronized Optional<UrgentEvent> raise(EventKind kind, String device) {
        return change(kind, device, true);
    }

    /** Clears a raised problem and journals its event; empty when it was not raised. */
    public synchronized Optional<UrgentEvent> clear(EventKind kind, String device) {
        return change(kind, device, false);
    }

    private Optional<UrgentEvent> change(EventKind kind, String device, boolean raise) {
        Instant now = clock.instant();
        try {
            boolean active;
            try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM active_problem WHERE kind = ? AND device = ?")) {
                ps.setString(1, kind.name());
                ps.setString(2, device);
                try (ResultSet rs = ps.executeQuery()) {
                    active = rs.next();
                }
            }
            if (active == raise) {
                db.rollback();
                return Optional.empty();
            }
            if (raise) {
                update("INSERT INTO active_problem(kind, device, since) VALUES (?,?,?)", kind.name(), device, now.toString());
            } else {
                update("DELETE FROM active_problem WHERE kind = ? AND device = ?", kind.name(), device);
            }
            UrgentEvent event = new UrgentEvent(UUID.randomUUID().toString(), kind, raise, device, now);
            update("INSERT INTO urgent_event(event_id, kind, action, device, occurred_at) VALUES (?,?,?,?,?)",
                    event.eventId(), kind.name(), event.action(), device, now.toString());
            db.commit();
            return Optional.of(event);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IllegalStateException("fleet store: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Problems raised and not cleared, as (kind, device). */
    public synchronized List<Map.Entry<EventKind, String>> activeProblems() {
        List<Map.Entry<EventKind, String>> out = new ArrayList<>();
        query("SELECT kind, device FROM active_problem ORDER BY since", rs -> out.add(Map.entry(EventKind.valueOf(rs.getString(1)), rs.getString(2))));
        return out;
    }

    /** When the problem was raised, if it is. */
    public synchronized Optional<Instant> raisedSince(EventKind kind, String device) {
        List<Instant> out = new ArrayList<>();
        query("SELECT since FROM active_problem WHERE kind = ? AND device = ?", rs -> out.add(Instant.parse(rs.getString(1))),
                kind.name(), device);
        return out.stream().findFirst();
    }

    /** The oldest event not yet delivered. */
    public synchronized Optional<Pending> oldestPending() {
        List<Pending> out = new ArrayList<>();
        query("SELECT seq, event_id, kind, action, device, occurred_at, attempts FROM urgent_event WHERE sent_at IS NULL ORDER BY seq LIMIT 1",
                rs -> out.add(new Pending(rs.getLong(1), new UrgentEvent(rs.getString(2), EventKind.valueOf(rs.getString(3)),
                        rs.getString(4).equals("RAISED"), rs.getString(5), Instant.parse(rs.getString(6))), rs.getInt(7))));
        return out.stream().findFirst();
    }

    /** Events waiting, and when the oldest of them happened. */
    public synchronized Backlog backlog() {
        long[] count = new long[1];
        List<Instant> oldest = new ArrayList<>();
        query("SELECT COUNT(*), MIN(occurred_at) FROM urgent_event WHERE sent_at IS NULL", rs -> {
            count[0] = rs.getLong(1);
            if (rs.getString(2) != null) {
                oldest.add(Instant.parse(rs.getString(2)));
            }
        });
        return new Backlog((int) count[0], oldest.stream().findFirst());
    }

    /** The fleet has the event (outcome DELIVERED) or refused it for good (outcome: its code). */
    public synchronized void done(long seq, String outcome) {
        try {
            update("UPDATE urgent_event SET sent_at = ?, outcome = ?, attempts = attempts + 1 WHERE seq = ?", clock.instant().toString(), outcome, seq);
            update("DELETE FROM urgent_event WHERE sent_at IS NOT NULL AND seq <= (SELECT MAX(seq) FROM urgent_event) - ?", KEEP_SENT);
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IllegalStateException("fleet store: " + e.getClass().getSimpleName(), e);
        }
    }

    public synchronized void failed(long seq, String code) {
        try {
            update("UPDATE urgent_event SET attempts = attempts + 1, last_error = ? WHERE seq = ?", code, seq);
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IllegalStateException("fleet store: " + e.getClass().getSimpleName(), e);
        }
    }

    /** How many events were delivered, by kind (counted while they are kept). */
    public synchronized long delivered() {
        long[] n = new long[1];
        query("SELECT COUNT(*) FROM urgent_event WHERE outcome = 'DELIVERED'", rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    public synchronized RunningConfig running() {
        List<RunningConfig> out = new ArrayList<>();
        query("SELECT version, body, applied_at FROM running_config WHERE id = 1", rs -> {
            try {
                out.add(new RunningConfig(rs.getInt(1), json.readValue(rs.getString(2), new TypeReference<Map<String, Object>>() { }),
                        Instant.parse(rs.getString(3))));
            } catch (IOException e) {
                throw new SQLException("unreadable running configuration", e);
            }
        });
        return out.stream().findFirst().orElse(new RunningConfig(0, Map.of(), Instant.EPOCH));
    }

    public synchronized void running(int version, Map<String, Object> config) {
        try {
            update("INSERT OR REPLACE INTO running_config(id, version, body, applied_at) VALUES (1,?,?,?)", version,
                    json.writeValueAsString(config), clock.instant().toString());
            db.commit();
        } catch (SQLException | IOException e) {
            rollbackQuietly();
            throw new IllegalStateException("fleet store: " + e.getClass().getSimpleName(), e);
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IllegalStateException("fleet store: " + e.getClass().getSimpleName(), e);
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the next call reports it
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
