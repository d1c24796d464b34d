package kiosk.stub.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import kiosk.stub.db.Database;
import kiosk.stub.db.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The intake alone: beats between two flushes become one row update per kiosk, resends change nothing. */
class HeartbeatIntakeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Database db;
    private HeartbeatIntake intake;

    @BeforeEach
    void open() {
        db = Database.open("mem");
        db.inTransaction(c -> {
            for (String id : new String[] {"K-1", "K-2"}) {
                Sql.update(c, "INSERT INTO kiosk(kiosk_id, key_hash, location, desired_config, desired_version) VALUES (?,?,?,?,1)",
                        id, "0".repeat(64), "lab", "{}");
            }
            return null;
        });
        intake = new HeartbeatIntake(db, Duration.ofHours(1)); // flushed by hand here
    }

    @AfterEach
    void close() {
        intake.close();
        db.close();
    }

    private boolean beat(String kioskId, Instant sentAt, String version) throws Exception {
        return db.inTransaction(c -> intake.accept(kioskId, sentAt, sentAt.plusMillis(20), "{\"sentAt\":\"" + sentAt + "\"}", version,
                HeartbeatIntake.fromRow(c)));
    }

    private long stored(String kioskId) {
        return db.inTransaction(c -> Sql.count(c, "SELECT heartbeat_count FROM kiosk WHERE kiosk_id = ?", kioskId));
    }

    @Test
    void beatsBetweenTwoFlushesAreOneRowUpdateEach() throws Exception {
        assertThat(beat("K-1", T0, "0.1")).isTrue();
        assertThat(beat("K-1", T0.plusSeconds(10), null)).isTrue();
        assertThat(beat("K-1", T0.plusSeconds(10), null)).isFalse(); // the same sentAt again
        assertThat(beat("K-1", T0.plusSeconds(5), null)).isFalse(); // an older one, late
        assertThat(beat("K-2", T0, "0.2")).isTrue();
        assertThat(stored("K-1")).isZero();
        assertThat(intake.unstored("K-1")).get().extracting(HeartbeatIntake.Beat::count).isEqualTo(2L);

        assertThat(intake.flush()).isEqualTo(2);
        assertThat(stored("K-1")).isEqualTo(2);
        assertThat(stored("K-2")).isEqualTo(1);
        assertThat(intake.unstored("K-1")).isEmpty();
        String row = db.inTransaction(c -> Sql.one(c, "SELECT software_version, last_heartbeat FROM kiosk WHERE kiosk_id = 'K-1'",
                rs -> rs.getString(1) + " " + rs.getString(2)).orElseThrow());
        assertThat(row).isEqualTo("0.1 {\"sentAt\":\"" + T0.plusSeconds(10) + "\"}"); // the newest report, the version kept
        assertThat(intake.flush()).isZero(); // nothing new

        assertThat(beat("K-1", T0.plusSeconds(10), null)).isFalse(); // still a resend once stored
        assertThat(beat("K-1", T0.plusSeconds(20), null)).isTrue();
        intake.close(); // stores what is left
        assertThat(stored("K-1")).isEqualTo(3);
    }

    @Test
    void theCountContinuesFromWhatH2HoldsAfterARestart() throws Exception {
        Instant sentAt = T0.plusNanos(123_456_789); // a kiosk clock finer than H2's microseconds
        beat("K-1", sentAt, null);
        intake.flush();
        intake.close();
        intake = new HeartbeatIntake(db, Duration.ofHours(1)); // a new stub on the same database
        assertThat(beat("K-1", sentAt, null)).isFalse();
        assertThat(beat("K-1", T0.plusSeconds(10), null)).isTrue();
        assertThat(intake.unstored("K-1")).get().extracting(HeartbeatIntake.Beat::count).isEqualTo(2L);
    }
}
