package kiosk.stub.fleet;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kiosk.stub.db.Sql;

/**
 * The configuration version each kiosk should run, as the heartbeat answers it, cached in front of the
 * kiosk rows so that a beat needs no database read. Whoever changes a desired version tells the cache
 * once its transaction has committed (Call.afterCommit); a read that raced with the change is not kept,
 * so the cache never holds a version older than a committed one.
 */
public final class DesiredVersions {

    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /** Reads a kiosk's desired version from H2. */
    @FunctionalInterface
    interface Reader {
        int read(String kioskId) throws Exception;
    }

    /** The kiosk's desired version: from the cache, else from its row in the caller's transaction. */
    public int of(String kioskId, Connection c) throws Exception {
        return of(kioskId, id -> Sql.one(c, "SELECT desired_version FROM kiosk WHERE kiosk_id = ?", rs -> rs.getInt(1), id).orElse(0));
    }

    int of(String kioskId, Reader reader) throws Exception {
        Integer cached = versions.get(kioskId);
        if (cached != null) {
            return cached;
        }
        long before = changes.get();
        int read = reader.read(kioskId);
        // Kept only if no change was announced since the read began (a change clears after it counts).
        versions.compute(kioskId, (id, current) -> current != null || changes.get() != before ? current : Integer.valueOf(read));
        return read;
    }

    /** One kiosk's desired version changed (committed). */
    public void changed(String kioskId) {
        changes.incrementAndGet();
        versions.remove(kioskId);
    }

    /** Any number of desired versions changed (committed): a rollout wave, a rollback, a reset. */
    public void changedAll() {
        changes.incrementAndGet();
        versions.clear();
    }
}
