package kiosk.stub.idempotency;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kiosk.stub.db.Database;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.Refusal;

/**
 * Durable idempotency records, one per (kiosk, key). A new key is claimed in its own committed
 * transaction (state IN_FLIGHT), so a concurrent duplicate sees it at once; the response is stored in the
 * same transaction as the effect, so effect and stored response commit together.
 */
public final class IdempotencyStore {

    /** A response stored for a key. */
    public record StoredResponse(int status, byte[] body) {
    }

    private static final long PURGE_INTERVAL_MS = 60_000;

    private final Database db;
    private final Duration ttl;
    private final AtomicLong lastPurge = new AtomicLong();

    public IdempotencyStore(Database db, Duration ttl) {
        this.db = db;
        this.ttl = ttl;
    }

    public Duration ttl() {
        return ttl;
    }

    /**
     * Claims the key for this request. Empty: the caller runs the request. A stored response: replay it.
     * Throws IDEMPOTENCY_KEY_REUSED (other payload) or IDEMPOTENCY_IN_FLIGHT (still running).
     */
    public Optional<StoredResponse> claim(String kioskId, String key, String requestHash, Instant now) {
        purgeExpired(now);
        return db.inTransaction(c -> {
            Optional<Existing> existing = find(c, kioskId, key);
            if (existing.isPresent() && existing.get().expiresAt().isBefore(now)) {
                Sql.update(c, "DELETE FROM idempotency WHERE kiosk_id = ? AND idem_key = ?", kioskId, key);
                existing = Optional.empty();
            }
            if (existing.isEmpty()) {
                try {
                    Sql.update(c, "INSERT INTO idempotency(kiosk_id, idem_key, request_hash, state, created_at, expires_at)"
                            + " VALUES (?,?,?,'IN_FLIGHT',?,?)", kioskId, key, requestHash, now, now.plus(ttl));
                    return Optional.<StoredResponse>empty();
                } catch (SQLException e) {
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    // A concurrent duplicate claimed it between our read and our insert.
                    c.rollback();
                    existing = find(c, kioskId, key);
                    if (existing.isEmpty()) {
                        throw new ApiException(Refusal.IDEMPOTENCY_IN_FLIGHT);
                    }
                }
            }
            Existing e = existing.get();
            if (!e.requestHash().equals(requestHash)) {
                throw new ApiException(Refusal.IDEMPOTENCY_KEY_REUSED);
            }
            if ("IN_FLIGHT".equals(e.state())) {
                throw new ApiException(Refusal.IDEMPOTENCY_IN_FLIGHT);
            }
            return Optional.of(new StoredResponse(e.status(), e.body()));
        });
    }

    /** Stores the response in the caller's transaction (the one that applied the effect). */
    public void complete(Connection c, String kioskId, String key, int status, byte[] body) throws SQLException {
        Sql.update(c, "UPDATE idempotency SET state = 'DONE', status = ?, body = ? WHERE kiosk_id = ? AND idem_key = ?",
                status, body, kioskId, key);
    }

    /** Stores a response in a transaction of its own (after the effect's transaction rolled back). */
    public void completeAlone(String kioskId, String key, int status, byte[] body) {
        db.inTransaction(c -> {
            complete(c, kioskId, key, status, body);
            return null;
        });
    }

    /** Forgets a claim whose request never started executing (invalid input): a corrected retry may reuse the key. */
    public void release(String kioskId, String key) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM idempotency WHERE kiosk_id = ? AND idem_key = ? AND state = 'IN_FLIGHT'",
                kioskId, key));
    }

    /** Claims left IN_FLIGHT by an earlier run of the stub died with it. */
    public void releaseAbandoned() {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM idempotency WHERE state = 'IN_FLIGHT'"));
    }

    private void purgeExpired(Instant now) {
        long last = lastPurge.get();
        long millis = now.toEpochMilli();
        if (millis - last > PURGE_INTERVAL_MS && lastPurge.compareAndSet(last, millis)) {
            db.inTransaction(c -> Sql.update(c, "DELETE FROM idempotency WHERE expires_at < ? AND state = 'DONE'", now));
        }
    }

    private record Existing(String requestHash, String state, Integer status, byte[] body, Instant expiresAt) {
    }

    private static Optional<Existing> find(Connection c, String kioskId, String key) throws SQLException {
        return Sql.one(c, "SELECT request_hash, state, status, body, expires_at FROM idempotency WHERE kiosk_id = ? AND idem_key = ?",
                rs -> new Existing(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getBytes(4),
                        Sql.instant(rs, "expires_at")), kioskId, key);
    }
}
