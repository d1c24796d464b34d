package kiosk.app.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Admin mode's own tables in the kiosk's SQLite file (beside the journal's, never touching them):
 * {@code admin_audit} (every action, and whether the backend has it yet), {@code admin_service} (services
 * staff disabled, with the reason residents read) and {@code admin_paper} (paper printed since the last
 * refill per printer). WAL and synchronous=FULL like the journal: an action staff were told is recorded
 * survives a power cut.
 */
public final class AuditStore implements AutoCloseable {

    private final Connection db;

    private AuditStore(Connection db) {
        this.db = db;
    }

    public static AuditStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(5000);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement s = db.createStatement()) {
                s.execute("""
                        CREATE TABLE IF NOT EXISTS admin_audit(
                          id INTEGER PRIMARY KEY AUTOINCREMENT,
                          at TEXT NOT NULL,
                          staff_id TEXT NOT NULL,
                          action TEXT NOT NULL,
                          subject TEXT NOT NULL,
                          detail TEXT NOT NULL,
                          sent INTEGER NOT NULL DEFAULT 0)""");
                s.execute("CREATE INDEX IF NOT EXISTS admin_audit_unsent ON admin_audit(sent, id)");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS admin_service(
                          service_id TEXT PRIMARY KEY,
                          reason_zh_cn TEXT NOT NULL,
                          reason_zh_tw TEXT NOT NULL,
                          reason_en TEXT NOT NULL)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS admin_paper(
                          device_id TEXT PRIMARY KEY,
                          refilled_at TEXT NOT NULL,
                          printed_mm REAL NOT NULL)""");
            }
            return new AuditStore(db);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the admin tables in " + file, e);
        }
    }

    public synchronized AuditRecord append(Instant at, String staffId, AdminAction action, String subject, String detail) {
        AuditRecord draft = new AuditRecord(0, at, staffId, action, subject, detail);
        try (PreparedStatement st = db.prepareStatement(
                "INSERT INTO admin_audit(at, staff_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, at.toString());
            st.setString(2, staffId);
            st.setString(3, action.name());
            st.setString(4, draft.subject());
            st.setString(5, draft.detail());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return new AuditRecord(keys.getLong(1), at, staffId, action, draft.subject(), draft.detail());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record an admin action", e);
        }
    }

    /** The newest records first. */
    public synchronized List<AuditRecord> recent(int limit) {
        return query("SELECT id, at, staff_id, action, subject, detail FROM admin_audit ORDER BY id DESC LIMIT " + limit);
    }

    /** Records the backend has not acknowledged, oldest first. */
    public synchronized List<AuditRecord> unsent(int limit) {
        return query("SELECT id, at, staff_id, action, subject, detail FROM admin_audit WHERE sent = 0 ORDER BY id LIMIT " + limit);
    }

    public synchronized void markSent(long id) {
        update("UPDATE admin_audit SET sent = 1 WHERE id = ?", id);
    }

    /** Services staff disabled: id -> reason (zh-CN, zh-TW, en). */
    public synchronized Map<String, String[]> disabledServices() {
        Map<String, String[]> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT service_id, reason_zh_cn, reason_zh_tw, reason_en FROM admin_service ORDER BY service_id")) {
            while (rs.next()) {
                out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void disableService(String serviceId, String zhCn, String zhTw, String en) {
        update("INSERT OR REPLACE INTO admin_service(service_id, reason_zh_cn, reason_zh_tw, reason_en) VALUES (?, ?, ?, ?)",
                serviceId, zhCn, zhTw, en);
    }

    public synchronized void enableService(String serviceId) {
        update("DELETE FROM admin_service WHERE service_id = ?", serviceId);
    }

    /** Paper printed since the last refill, in mm, and when that was. */
    public record PaperState(Instant refilledAt, double printedMm) {
    }

    public synchronized Optional<PaperState> paper(String deviceId) {
        try (PreparedStatement st = db.prepareStatement("SELECT refilled_at, printed_mm FROM admin_paper WHERE device_id = ?")) {
            st.setString(1, deviceId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new PaperState(Instant.parse(rs.getString(1)), rs.getDouble(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void refilled(String deviceId, Instant at) {
        update("INSERT OR REPLACE INTO admin_paper(device_id, refilled_at, printed_mm) VALUES (?, ?, 0)", deviceId, at.toString());
    }

    public synchronized void printed(String deviceId, double mm, Instant now) {
        update("INSERT INTO admin_paper(device_id, refilled_at, printed_mm) VALUES (?, ?, ?) "
                + "ON CONFLICT(device_id) DO UPDATE SET printed_mm = printed_mm + excluded.printed_mm", deviceId, now.toString(), mm);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing at shutdown: nothing left to save
        }
    }

    private List<AuditRecord> query(String sql) {
        List<AuditRecord> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new AuditRecord(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        AdminAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
