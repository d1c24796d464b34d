package kiosk.stub.api;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.Refusal;
import kiosk.stub.json.Json;

/**
 * Staged rollout of one configuration to a group of kiosks, in waves (cumulative percentages, as in a
 * phased update). A wave is given the new desired configuration; the next wave starts only once every
 * kiosk of the waves so far reports that version and none of them raised a problem since its wave began.
 * Versions only grow: a rollback gives each kiosk it reached its previous configuration under a newer
 * version number, so a kiosk that refuses older versions still takes it. start, resume, rollback and an
 * advance that returns true change kiosks' desired versions: the caller tells DesiredVersions after commit.
 */
final class Rollouts {

    /** A rollout as operators see it. */
    record RolloutView(long rolloutId, int version, List<Integer> waves, int currentWave, String state, int targets,
                       int reached, int inSync, Instant createdAt, String reason) {
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private Rollouts() {
    }

    static RolloutView start(Connection c, Map<String, Object> config, List<String> kioskIds, List<Integer> waves, Instant now)
            throws Exception {
        if (Sql.count(c, "SELECT COUNT(*) FROM rollout WHERE state IN ('RUNNING','PAUSED')") > 0) {
            throw new ApiException(Refusal.ROLLOUT_CONFLICT, "another rollout is running or paused");
        }
        List<String> targets = kioskIds.stream().distinct().sorted().toList();
        for (String id : targets) {
            if (Sql.count(c, "SELECT COUNT(*) FROM kiosk WHERE kiosk_id = ?", id) == 0) {
                throw new ApiException(Refusal.NOT_FOUND, "no such kiosk in kioskIds");
            }
        }
        int version = (int) Sql.count(c, "SELECT COALESCE(MAX(desired_version), 0) FROM kiosk") + 1;
        Sql.update(c, "INSERT INTO rollout(version, config, waves, state, current_wave, wave_started_at, created_at)"
                        + " VALUES (?,?,?,'RUNNING',0,?,?)", version, Json.mapper().writeValueAsString(config),
                waves.stream().map(String::valueOf).collect(Collectors.joining(",")), now, now);
        long id = Sql.count(c, "SELECT MAX(rollout_id) FROM rollout");
        for (int i = 0; i < targets.size(); i++) {
            int wave = waveOf(i, targets.size(), waves);
            record Prev(String config, int version) {
            }
            Prev prev = Sql.one(c, "SELECT desired_config, desired_version FROM kiosk WHERE kiosk_id = ?",
                    rs -> new Prev(rs.getString(1), rs.getInt(2)), targets.get(i)).orElseThrow();
            Sql.update(c, "INSERT INTO rollout_target(rollout_id, kiosk_id, wave, previous_config, previous_version) VALUES (?,?,?,?,?)",
                    id, targets.get(i), wave, prev.config(), prev.version());
        }
        giveWave(c, id, 0);
        return view(c, id);
    }

    /** The wave of the i-th of n targets: the first wave whose cumulative share covers it. */
    static int waveOf(int i, int n, List<Integer> waves) {
        for (int w = 0; w < waves.size(); w++) {
            if (i < Math.max(1, (int) Math.ceil(n * waves.get(w) / 100.0))) {
                return w;
            }
        }
        return waves.size() - 1;
    }

    private static void giveWave(Connection c, long id, int wave) throws SQLException {
        record R(int version, String config) {
        }
        R r = Sql.one(c, "SELECT version, config FROM rollout WHERE rollout_id = ?", rs -> new R(rs.getInt(1), rs.getString(2)), id)
                .orElseThrow();
        Sql.update(c, "UPDATE kiosk SET desired_config = ?, desired_version = ?, rollout_id = ? WHERE kiosk_id IN"
                + " (SELECT kiosk_id FROM rollout_target WHERE rollout_id = ? AND wave = ?)", r.config(), r.version(), id, id, wave);
    }

    /**
     * Moves every running rollout on as far as its kiosks allow. Called when a kiosk reports its configuration.
     * True when a wave was given, so kiosks have new desired versions.
     */
    static boolean advance(Connection c, Instant now) throws Exception {
        boolean gave = false;
        for (long id : Sql.list(c, "SELECT rollout_id FROM rollout WHERE state = 'RUNNING'", rs -> rs.getLong(1))) {
            gave |= advanceOne(c, id, now);
        }
        return gave;
    }

    private static boolean advanceOne(Connection c, long id, Instant now) throws Exception {
        record R(int version, String waves, int current, Instant waveStarted) {
        }
        R r = Sql.one(c, "SELECT version, waves, current_wave, wave_started_at FROM rollout WHERE rollout_id = ?",
                rs -> new R(rs.getInt(1), rs.getString(2), rs.getInt(3), Sql.instant(rs, "wave_started_at")), id).orElseThrow();
        long lagging = Sql.count(c, "SELECT COUNT(*) FROM rollout_target t JOIN kiosk k ON k.kiosk_id = t.kiosk_id"
                + " WHERE t.rollout_id = ? AND t.wave <= ? AND (k.reported_version IS NULL OR k.reported_version <> ?)", id, r.current(), r.version());
        long troubled = Sql.count(c, "SELECT COUNT(*) FROM rollout_target t JOIN fleet_problem p ON p.kiosk_id = t.kiosk_id"
                + " WHERE t.rollout_id = ? AND t.wave <= ? AND p.since >= ?", id, r.current(), r.waveStarted());
        if (lagging > 0 || troubled > 0) {
            return false;
        }
        int waves = r.waves().split(",").length;
        if (r.current() + 1 >= waves) {
            Sql.update(c, "UPDATE rollout SET state = 'COMPLETED' WHERE rollout_id = ?", id);
            return false;
        }
        Sql.update(c, "UPDATE rollout SET current_wave = ?, wave_started_at = ? WHERE rollout_id = ?", r.current() + 1, now, id);
        giveWave(c, id, r.current() + 1);
        return true;
    }

    static RolloutView pause(Connection c, long id, Instant now) throws Exception {
        move(c, id, "RUNNING", "PAUSED", "pause");
        return view(c, id);
    }

    static RolloutView resume(Connection c, long id, Instant now) throws Exception {
        move(c, id, "PAUSED", "RUNNING", "resume");
        advanceOne(c, id, now);
        return view(c, id);
    }

    /** Every kiosk the rollout reached gets its previous configuration back, under a newer version. */
    static RolloutView rollback(Connection c, long id, String reason, Instant now) throws Exception {
        String state = stateOf(c, id);
        if (!state.equals("RUNNING") && !state.equals("PAUSED") && !state.equals("COMPLETED")) {
            throw new ApiException(Refusal.ROLLOUT_CONFLICT, "a " + state + " rollout cannot be rolled back");
        }
        record T(String kioskId, String previous) {
        }
        RolloutView before = view(c, id);
        int version = (int) Sql.count(c, "SELECT COALESCE(MAX(desired_version), 0) FROM kiosk") + 1;
        for (T t : Sql.list(c, "SELECT kiosk_id, previous_config FROM rollout_target WHERE rollout_id = ? AND wave <= ?",
                rs -> new T(rs.getString(1), rs.getString(2)), id, before.currentWave())) {
            Sql.update(c, "UPDATE kiosk SET desired_config = ?, desired_version = ?, rollout_id = NULL WHERE kiosk_id = ?",
                    t.previous(), version, t.kioskId());
        }
        Sql.update(c, "UPDATE rollout SET state = 'ROLLED_BACK', reason = ? WHERE rollout_id = ?", reason, id);
        return view(c, id);
    }

    private static void move(Connection c, long id, String from, String to, String what) throws Exception {
        String state = stateOf(c, id);
        if (!state.equals(from)) {
            throw new ApiException(Refusal.ROLLOUT_CONFLICT, "only a " + from + " rollout can " + what);
        }
        Sql.update(c, "UPDATE rollout SET state = ? WHERE rollout_id = ?", to, id);
    }

    private static String stateOf(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT state FROM rollout WHERE rollout_id = ?", rs -> rs.getString(1), id)
                .orElseThrow(() -> new ApiException(Refusal.NOT_FOUND, "no such rollout"));
    }

    static RolloutView view(Connection c, long id) throws Exception {
        record R(int version, String waves, int current, String state, Instant created, String reason) {
        }
        R r = Sql.one(c, "SELECT version, waves, current_wave, state, created_at, reason FROM rollout WHERE rollout_id = ?",
                rs -> new R(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4), Sql.instant(rs, "created_at"),
                        rs.getString(6)), id).orElseThrow(() -> new ApiException(Refusal.NOT_FOUND, "no such rollout"));
        int targets = (int) Sql.count(c, "SELECT COUNT(*) FROM rollout_target WHERE rollout_id = ?", id);
        int reached = (int) Sql.count(c, "SELECT COUNT(*) FROM rollout_target WHERE rollout_id = ? AND wave <= ?", id, r.current());
        int inSync = (int) Sql.count(c, "SELECT COUNT(*) FROM rollout_target t JOIN kiosk k ON k.kiosk_id = t.kiosk_id"
                + " WHERE t.rollout_id = ? AND k.reported_version = ?", id, r.version());
        List<Integer> waves = Arrays.stream(r.waves().split(",")).map(Integer::valueOf).toList();
        return new RolloutView(id, r.version(), waves, r.current(), r.state(), targets, reached, inSync, r.created(), r.reason());
    }

    static List<RolloutView> recent(Connection c) throws Exception {
        List<RolloutView> views = new ArrayList<>();
        for (long id : Sql.list(c, "SELECT rollout_id FROM rollout ORDER BY rollout_id DESC LIMIT 10", rs -> rs.getLong(1))) {
            views.add(view(c, id));
        }
        return views;
    }

    static Map<String, Object> parse(String json) throws Exception {
        return Json.mapper().readValue(json, MAP);
    }
}
