package kiosk.stub.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kiosk.stub.db.Database;
import kiosk.stub.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Heartbeats in memory, written to H2 in batches. A heartbeat is a state report where the newest wins,
 * so the route only updates the kiosk's latest beat here (deduplicated by sentAt) and one writer thread
 * stores every kiosk that beat since the last flush in one transaction, every flush period and on close.
 * Many beats of one kiosk between two flushes become one row update. Whoever reads heartbeat state
 * overlays {@link #unstored} on the row it read, so views never lag behind; a crash loses at most one
 * flush period of beats, which the next beat of each kiosk replaces anyway.
 */
public final class HeartbeatIntake implements AutoCloseable {

    /** The longest heartbeat body kept: the width of kiosk.last_heartbeat. */
    public static final int MAX_REPORT_CHARS = 20_000;

    /**
     * A kiosk's newest accepted beat: sentAt decides what a resend is, count is the kiosk's total.
     * stored: already in H2 (then report and softwareVersion are dropped and the row is the truth).
     */
    public record Beat(Instant sentAt, Instant receivedAt, long count, String report, String softwareVersion, boolean stored) {

        /** What H2 holds of a kiosk that has not beaten since the stub started. */
        public static Beat stored(Instant sentAt, long count) {
            return new Beat(sentAt, null, count, null, null, true);
        }

        Beat asStored() {
            return new Beat(sentAt, receivedAt, count, null, null, true);
        }

        /**
         * The software version a view shows: the beat's, unless the kiosk registered (with its version)
         * after this beat arrived. The flush applies the same rule in SQL.
         */
        public String softwareVersionOver(String storedVersion, Instant registeredAt) {
            boolean newer = softwareVersion != null && (registeredAt == null || !registeredAt.isAfter(receivedAt));
            return newer ? softwareVersion : storedVersion;
        }
    }

    /** Reads what H2 holds of a kiosk, on its first beat since start. */
    @FunctionalInterface
    public interface Loader {
        Beat load(String kioskId) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatIntake.class);
    private static final String STORE = "UPDATE kiosk SET last_heartbeat_at = ?, last_sent_at = ?, last_heartbeat = ?, heartbeat_count = ?,"
            + " software_version = COALESCE(CASE WHEN registered_at > ? THEN NULL ELSE CAST(? AS VARCHAR(40)) END, software_version)"
            + " WHERE kiosk_id = ? AND (last_sent_at IS NULL OR last_sent_at < ?)";

    private final Database db;
    private final Map<String, Beat> latest = new ConcurrentHashMap<>();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService writer;
    /**
     * Readers (views) against the flush: a view that read a row just before a flush stored a newer beat,
     * and asked for the overlay just after, would find neither (the row stale, the beat marked stored).
     */
    private final java.util.concurrent.locks.ReadWriteLock views = new java.util.concurrent.locks.ReentrantReadWriteLock();

    public HeartbeatIntake(Database db, Duration flushEvery) {
        this.db = db;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat-writer");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::flushQuietly, flushEvery.toMillis(), flushEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Takes a beat: true when it is newer than the kiosk's last one and so counted, false for a resend
     * (same or older sentAt), which changes nothing. Times are kept to the microsecond, as H2 stores them,
     * so a resend compares equal before and after its beat was stored.
     */
    public boolean accept(String kioskId, Instant sentAt, Instant receivedAt, String report, String softwareVersion, Loader loader)
            throws Exception {
        Instant sent = sentAt.truncatedTo(ChronoUnit.MICROS);
        Instant received = receivedAt.truncatedTo(ChronoUnit.MICROS);
        Beat known = latest.get(kioskId);
        if (known == null) {
            known = loader.load(kioskId);
            Beat raced = latest.putIfAbsent(kioskId, known);
            known = raced == null ? known : raced;
        }
        Beat fallback = known;
        boolean[] counted = {false};
        latest.compute(kioskId, (id, last) -> {
            Beat before = last == null ? fallback : last;
            if (before.sentAt() != null && !sent.isAfter(before.sentAt())) {
                return before;
            }
            counted[0] = true;
            // Coalescing must not lose a version reported by a beat that never reached H2.
            String version = softwareVersion != null || before.stored() ? softwareVersion : before.softwareVersion();
            return new Beat(sent, received, before.count() + 1, report, version, false);
        });
        if (counted[0]) {
            dirty.add(kioskId);
        }
        return counted[0];
    }

    /**
     * Runs a view's read of kiosk rows and its {@link #unstored} overlays with no flush in between, so
     * every kiosk comes out either from the row or from memory, never from a row older than the overlay.
     */
    public <T> T read(java.util.concurrent.Callable<T> view) throws Exception {
        views.readLock().lock();
        try {
            return view.call();
        } finally {
            views.readLock().unlock();
        }
    }

    /** The kiosk's newest beat when H2 does not have it yet: readers put it over the row they read. */
    public Optional<Beat> unstored(String kioskId) {
        Beat beat = latest.get(kioskId);
        return beat == null || beat.stored() ? Optional.empty() : Optional.of(beat);
    }

    /**
     * Writes every beat H2 does not have yet in one transaction; the writer thread calls it every flush
     * period. A failed batch is retried row by row, so one bad row cannot hold back the others.
     * Returns the number of kiosks written.
     */
    public synchronized int flush() {
        List<Map.Entry<String, Beat>> batch = new ArrayList<>();
        for (Iterator<String> it = dirty.iterator(); it.hasNext(); ) {
            String kioskId = it.next();
            it.remove();
            Beat beat = latest.get(kioskId);
            if (beat != null && !beat.stored()) {
                batch.add(Map.entry(kioskId, beat));
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        batch.sort(Map.Entry.comparingByKey(Comparator.naturalOrder())); // one lock order with other kiosk updates
        views.writeLock().lock();
        try {
            return store(batch);
        } finally {
            views.writeLock().unlock();
        }
    }

    private int store(List<Map.Entry<String, Beat>> batch) {
        int written = 0;
        try {
            db.inTransaction(c -> store(c, batch));
            written = batch.size();
            batch.forEach(this::markStored);
        } catch (RuntimeException batchFailed) {
            for (Map.Entry<String, Beat> one : batch) {
                try {
                    db.inTransaction(c -> store(c, List.of(one)));
                    markStored(one);
                    written++;
                } catch (RuntimeException e) {
                    // Kept in memory (views still show it); the kiosk's next beat tries again.
                    LOG.error("Heartbeat of {} not stored: {}", one.getKey(), e.getClass().getSimpleName());
                }
            }
        }
        return written;
    }

    private static Void store(Connection c, List<Map.Entry<String, Beat>> beats) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STORE)) {
            for (Map.Entry<String, Beat> e : beats) {
                Beat b = e.getValue();
                ps.setObject(1, b.receivedAt().atOffset(ZoneOffset.UTC));
                ps.setObject(2, b.sentAt().atOffset(ZoneOffset.UTC));
                ps.setString(3, b.report());
                ps.setLong(4, b.count());
                ps.setObject(5, b.receivedAt().atOffset(ZoneOffset.UTC));
                ps.setString(6, b.softwareVersion());
                ps.setString(7, e.getKey());
                ps.setObject(8, b.sentAt().atOffset(ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return null;
    }

    /** Drops report and version from memory once H2 has them, unless a newer beat came meanwhile. */
    private void markStored(Map.Entry<String, Beat> written) {
        latest.replace(written.getKey(), written.getValue(), written.getValue().asStored());
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error("Heartbeat flush failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Runs work (dropping and seeding the database) with no flush in between, then forgets every beat. */
    public synchronized void replaceDatabase(Runnable work) {
        try {
            work.run();
        } finally {
            latest.clear();
            dirty.clear();
        }
    }

    /** Stops the writer and stores what is left; call it once no request can arrive any more. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Heartbeat writer still busy after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    /** The loader reading the kiosk row in the caller's transaction. */
    public static Loader fromRow(Connection c) {
        return kioskId -> Sql.one(c, "SELECT last_sent_at, heartbeat_count FROM kiosk WHERE kiosk_id = ?",
                rs -> Beat.stored(Sql.instant(rs, "last_sent_at"), rs.getLong(2)), kioskId).orElse(Beat.stored(null, 0));
    }
}
