package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.stub.db.Sql;
import kiosk.stub.fleet.DesiredVersions;
import kiosk.stub.fleet.HeartbeatIntake;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;

/**
 * The operators' side of the fleet, behind X-Admin-Token: every kiosk's health in one document (what the
 * fleet page polls) and staged rollouts of a configuration with pause, resume and rollback.
 */
public final class FleetAdminApi {

    /** No heartbeat for this long: the kiosk is shown offline (three missed beats at the default 30 s). */
    static final Duration OFFLINE_AFTER = Duration.ofSeconds(90);
    private static final Set<String> ERRORS = Set.of("PAPER_OUT", "READER_ERROR", "DEVICE_ERROR", "OUT_OF_SERVICE");
    private static final Set<String> HEALTHY_STATES = Set.of("ONLINE", "BUSY", "OK", "IDLE");

    /** One device as the last heartbeat told it. */
    public record DeviceHealth(String device, String state, String paper) {
    }

    /** A problem raised by an urgent event and not cleared yet. */
    public record Problem(String kind, String device, Instant since) {
    }

    /** One kiosk on the fleet page. status: OK, WARNING, ERROR or OFFLINE. */
    public record KioskHealth(String kioskId, String location, String status, Instant lastHeartbeatAt, Long secondsSinceHeartbeat,
                              List<DeviceHealth> devices, List<Problem> problems, int desiredConfigVersion,
                              Integer reportedConfigVersion, boolean inSync, Long rolloutId) {
    }

    /** The whole fleet page. */
    public record FleetView(Instant generatedAt, List<KioskHealth> kiosks, List<Rollouts.RolloutView> rollouts) {
    }

    /** A new rollout: the configuration, the kiosks it goes to, and cumulative wave percentages. */
    public record NewRollout(Map<String, Object> config, List<String> kioskIds, List<Integer> waves) implements Call.Validated {
        @Override
        public void validate() {
            Check.that(config != null, "config", "is required");
            Check.notEmpty("kioskIds", kioskIds);
            Check.that(kioskIds.size() <= 10_000, "kioskIds", "holds at most 10000 entries");
            if (waves != null) {
                Check.that(!waves.isEmpty() && waves.size() <= 10, "waves", "holds 1 to 10 percentages");
                int last = 0;
                for (Integer w : waves) {
                    Check.that(w != null && w > last && w <= 100, "waves", "grow strictly from 1 to 100");
                    last = w;
                }
                Check.that(last == 100, "waves", "end at 100");
            }
        }
    }

    /** Why a rollout is rolled back (optional). */
    public record RollbackRequest(String reason) implements Call.Validated {
        @Override
        public void validate() {
            Check.maxLength("reason", reason, 200);
        }
    }

    /** The rollout list. */
    public record RolloutList(List<Rollouts.RolloutView> rollouts) {
    }

    private final HeartbeatIntake heartbeats;
    private final DesiredVersions desired;

    public FleetAdminApi(HeartbeatIntake heartbeats, DesiredVersions desired) {
        this.heartbeats = heartbeats;
        this.desired = desired;
    }

    public List<Route> routes() {
        return List.of(
                admin(HandlerType.GET, "/admin/fleet", this::fleet),
                admin(HandlerType.GET, "/admin/rollouts", call -> ApiResponse.ok(new RolloutList(Rollouts.recent(call.db())))),
                admin(HandlerType.POST, "/admin/rollouts", this::start),
                admin(HandlerType.POST, "/admin/rollouts/{rolloutId}/pause",
                        call -> ApiResponse.ok(Rollouts.pause(call.db(), rolloutId(call), call.now()))),
                admin(HandlerType.POST, "/admin/rollouts/{rolloutId}/resume", call -> {
                    call.afterCommit(desired::changedAll);
                    return ApiResponse.ok(Rollouts.resume(call.db(), rolloutId(call), call.now()));
                }),
                admin(HandlerType.POST, "/admin/rollouts/{rolloutId}/rollback", this::rollback));
    }

    private static Route admin(HandlerType method, String path, Route.Handler handler) {
        return new Route(method, path, Route.Access.ADMIN, false, handler);
    }

    private static long rolloutId(Call call) {
        try {
            return Long.parseLong(call.path("rolloutId"));
        } catch (NumberFormatException e) {
            throw new ApiException(Refusal.NOT_FOUND, "no such rollout");
        }
    }

    private ApiResponse start(Call call) throws Exception {
        NewRollout req = call.body(NewRollout.class);
        List<Integer> waves = req.waves() == null ? List.of(10, 50, 100) : req.waves();
        call.afterCommit(desired::changedAll);
        return ApiResponse.created(Rollouts.start(call.db(), req.config(), req.kioskIds(), waves, call.now()));
    }

    private ApiResponse rollback(Call call) throws Exception {
        RollbackRequest req = call.hasBody() ? call.body(RollbackRequest.class) : new RollbackRequest(null);
        call.afterCommit(desired::changedAll);
        return ApiResponse.ok(Rollouts.rollback(call.db(), rolloutId(call), req.reason(), call.now()));
    }

    private ApiResponse fleet(Call call) throws Exception {
        Connection c = call.db();
        if (Rollouts.advance(c, call.now())) {
            call.afterCommit(desired::changedAll);
        }
        Map<String, List<Problem>> problems = new HashMap<>();
        for (String[] p : Sql.list(c, "SELECT kiosk_id, kind, device, since FROM fleet_problem ORDER BY since",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "since").toString()})) {
            problems.computeIfAbsent(p[0], k -> new ArrayList<>())
                    .add(new Problem(p[1], p[2].isEmpty() ? null : p[2], Instant.parse(p[3])));
        }
        record Row(String id, String location, Instant last, String heartbeat, int desired, Integer reported, boolean same, Long rollout) {
        }
        record Read(Row row, HeartbeatIntake.Beat unstored) {
        }
        // A beat not stored yet is newer than the row; rows and overlays are read with no flush between.
        List<Read> reads = heartbeats.read(() -> Sql.list(c, "SELECT kiosk_id, location, last_heartbeat_at, last_heartbeat, desired_version, reported_version,"
                        + " (reported_config IS NOT NULL AND reported_config = desired_config) AS same, rollout_id FROM kiosk ORDER BY kiosk_id",
                rs -> new Row(rs.getString(1), rs.getString(2), Sql.instant(rs, "last_heartbeat_at"), rs.getString(4), rs.getInt(5),
                        (Integer) rs.getObject(6), rs.getBoolean(7), (Long) rs.getObject(8)))
                .stream().map(r -> new Read(r, heartbeats.unstored(r.id()).orElse(null))).toList());
        List<KioskHealth> kiosks = new ArrayList<>();
        for (Read read : reads) {
            Row r = read.row();
            HeartbeatIntake.Beat unstored = read.unstored();
            Instant last = unstored == null ? r.last() : unstored.receivedAt();
            List<DeviceHealth> devices = devices(unstored == null ? r.heartbeat() : unstored.report());
            List<Problem> open = problems.getOrDefault(r.id(), List.of());
            Long age = last == null ? null : Math.max(0, Duration.between(last, call.now()).toSeconds());
            boolean inSync = r.reported() != null && r.reported() == r.desired();
            kiosks.add(new KioskHealth(r.id(), r.location(), status(age, devices, open), last, age, devices, open,
                    r.desired(), r.reported(), inSync, r.rollout()));
        }
        return ApiResponse.ok(new FleetView(call.now(), kiosks, Rollouts.recent(c)));
    }

    static String status(Long age, List<DeviceHealth> devices, List<Problem> problems) {
        if (age == null || age > OFFLINE_AFTER.toSeconds()) {
            return "OFFLINE";
        }
        if (problems.stream().anyMatch(p -> ERRORS.contains(p.kind()))
                || devices.stream().anyMatch(d -> !HEALTHY_STATES.contains(d.state()) || "OUT".equals(d.paper()))) {
            return "ERROR";
        }
        if (!problems.isEmpty() || devices.stream().anyMatch(d -> "LOW".equals(d.paper()))) {
            return "WARNING";
        }
        return "OK";
    }

    @SuppressWarnings("unchecked")
    private static List<DeviceHealth> devices(String heartbeat) throws Exception {
        if (heartbeat == null) {
            return List.of();
        }
        Object list = Rollouts.parse(heartbeat).get("devices");
        List<DeviceHealth> devices = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    Object detail = m.get("detail");
                    Object paper = detail instanceof Map<?, ?> d ? d.get("paper") : null;
                    devices.add(new DeviceHealth(String.valueOf(m.get("device")), String.valueOf(m.get("state")),
                            paper == null ? null : paper.toString()));
                }
            }
        }
        return devices;
    }
}
