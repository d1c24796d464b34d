package kiosk.app.transaction;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the transaction core keeps its records and retries.
 *
 * @param secretFile   the resident-key secret, kept apart from the journal (owner-only permissions);
 *                     null: beside the journal as {@code <journal file>.key}
 * @param retention    how long finished, confirmed payments stay in the journal before pruning
 *                     (nothing unconfirmed is ever pruned); suggested config key {@code journal.retention}
 * @param retryFirst   the first wait before a failed queued operation is tried again (doubles per failure)
 * @param retryMax     the longest wait between two tries of one queued operation
 * @param liveMax      a payment a session follows is left alone by reconciliation for at most this long
 *                     after the session last touched it (a visit lost by a bug cannot hold money forever)
 */
public record CoreSettings(Path secretFile, Duration retention, Duration retryFirst, Duration retryMax,
                           Duration liveMax) {

    public CoreSettings {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(retryFirst, "retryFirst");
        Objects.requireNonNull(retryMax, "retryMax");
        Objects.requireNonNull(liveMax, "liveMax");
        if (retention.isNegative() || retryFirst.isNegative() || retryMax.compareTo(retryFirst) < 0) {
            throw new IllegalArgumentException("retention and retry waits must be positive, retryMax >= retryFirst");
        }
    }

    public static CoreSettings defaults() {
        return new CoreSettings(null, Duration.ofDays(90), Duration.ofSeconds(2), Duration.ofMinutes(5),
                Duration.ofMinutes(30));
    }

    public CoreSettings withSecretFile(Path file) {
        return new CoreSettings(file, retention, retryFirst, retryMax, liveMax);
    }

    public CoreSettings withRetention(Duration value) {
        return new CoreSettings(secretFile, value, retryFirst, retryMax, liveMax);
    }

    public CoreSettings withRetry(Duration first, Duration max) {
        return new CoreSettings(secretFile, retention, first, max, liveMax);
    }

    public CoreSettings withLiveMax(Duration value) {
        return new CoreSettings(secretFile, retention, retryFirst, retryMax, value);
    }
}
