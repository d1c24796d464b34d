package kiosk.stub.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.stub.db.Sql;
import kiosk.stub.fleet.ConfigSigner;
import kiosk.stub.fleet.DesiredVersions;
import kiosk.stub.fleet.HeartbeatIntake;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Ledger;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;
import kiosk.stub.json.Json;

/**
 * The fleet side: registration, heartbeats with device statuses and counters, and desired vs reported
 * configuration with versions (in the manner of a device shadow). A kiosk may only act on its own record.
 */
public final class FleetApi {

    static final Set<String> DEVICE_STATES = Set.of("ONLINE", "OFFLINE", "BUSY", "ERROR", "NO_DEVICE", "DEGRADED",
            "OK", "WARNING", "UNKNOWN", "CLOSED", "IDLE", "USER_ERROR", "HARDWARE_ERROR", "POWER_OFF", "FRAUD_ATTEMPT",
            "POTENTIAL_FRAUD");

    /** A kiosk announcing itself after installation or an update. */
    public record Registration(String model, String softwareVersion, List<String> devices) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("model", model);
            Check.required("softwareVersion", softwareVersion);
            Check.maxLength("model", model, 40);
            Check.maxLength("softwareVersion", softwareVersion, 40);
        }
    }

    /** One device's status in a heartbeat. */
    public record DeviceStatus(String device, String state, Map<String, Object> detail) {
    }

    /** A heartbeat: device statuses, counters since start, the configuration version the kiosk runs. */
    public record Heartbeat(Instant sentAt, String softwareVersion, List<DeviceStatus> devices, Map<String, Long> counters,
                            Integer reportedConfigVersion) implements Call.Validated {
        @Override
        public void validate() {
            Check.that(sentAt != null, "sentAt", "is required");
            Check.maxLength("softwareVersion", softwareVersion, 40);
            Check.that(devices != null, "devices", "is required");
            Check.that(devices.size() <= 64, "devices", "holds at most 64 entries");
            for (int i = 0; i < devices.size(); i++) {
                DeviceStatus d = devices.get(i);
                Check.that(d != null, "devices[" + i + "]", "is an object");
                Check.required("devices[" + i + "].device", d.device());
                Check.oneOf("devices[" + i + "].state", d.state(), DEVICE_STATES);
            }
            if (counters != null) {
                Check.that(counters.size() <= 100, "counters", "holds at most 100 entries");
                counters.forEach((k, v) -> Check.that(v != null && v >= 0, "counters." + k, "is a non-negative integer"));
            }
        }
    }

    /** What urgent events are about; a closed list so problems stay countable. */
    public static final Set<String> EVENT_KINDS = Set.of("PAPER_LOW", "PAPER_OUT", "READER_ERROR", "DEVICE_ERROR", "CALL_STAFF",
            "OUT_OF_SERVICE", "CONFIG_REFUSED");

    /** An urgent event: a problem raised or cleared, sent at once; its id makes a resend harmless. */
    public record UrgentEvent(String eventId, String kind, String action, String device, Instant occurredAt)
            implements Call.Validated {
        @Override
        public void validate() {
            Check.required("eventId", eventId);
            Check.maxLength("eventId", eventId, 64);
            Check.oneOf("kind", kind, EVENT_KINDS);
            Check.oneOf("action", action, Set.of("RAISED", "CLEARED"));
            Check.maxLength("device", device, 40);
            Check.that(occurredAt != null, "occurredAt", "is required");
        }
    }

    /** The answer to an event: duplicate when this id had been received before. */
    public record EventAck(String eventId, Instant receivedAt, boolean duplicate) {
    }

    /** The answer to a heartbeat: when it arrived and which configuration version the kiosk should run. */
    public record HeartbeatAck(Instant receivedAt, int desiredConfigVersion, boolean configChanged) {
    }

    /** The kiosk reports the configuration it applied. */
    public record ReportedConfig(Integer version, Map<String, Object> config) implements Call.Validated {
        @Override
        public void validate() {
            Check.that(version != null && version >= 0, "version", "is a non-negative integer");
            Check.that(config != null, "config", "is required");
        }
    }

    /**
     * Desired vs reported configuration of one kiosk; to the kiosk itself also {@code signed}: the desired
     * configuration's JSON signed by the operations key, the only form a kiosk applies.
     */
    public record ConfigView(String kioskId, Map<String, Object> desired, int desiredVersion, Map<String, Object> reported,
                             Integer reportedVersion, boolean inSync, ConfigSigner.Signed signed) {
    }

    /** Registration answer. */
    public record RegistrationAck(String kioskId, Instant registeredAt, ConfigView config) {
    }

    private final HeartbeatIntake heartbeats;
    private final DesiredVersions desired;
    private final ConfigSigner signer;

    /** signer: signs the desired configuration a kiosk fetches; null serves it unsigned (kiosks refuse it). */
    public FleetApi(HeartbeatIntake heartbeats, DesiredVersions desired, ConfigSigner signer) {
        this.heartbeats = heartbeats;
        this.desired = desired;
        this.signer = signer;
    }

    public List<Route> routes() {
        return List.of(
                Route.mutation("/api/v1/fleet/kiosks/{kioskId}/registration", FleetApi::register),
                Route.report("/api/v1/fleet/kiosks/{kioskId}/heartbeat", this::heartbeat),
                Route.report("/api/v1/fleet/kiosks/{kioskId}/events", FleetApi::event),
                Route.query(HandlerType.GET, "/api/v1/fleet/kiosks/{kioskId}/config", this::config),
                Route.mutation("/api/v1/fleet/kiosks/{kioskId}/config/reported", this::reported));
    }

    private static String ownKiosk(Call call) {
        String kioskId = call.path("kioskId");
        if (!kioskId.equals(call.kioskId())) {
            throw new ApiException(Refusal.KIOSK_MISMATCH);
        }
        return kioskId;
    }

    private static ApiResponse register(Call call) throws Exception {
        String kioskId = ownKiosk(call);
        Registration req = call.body(Registration.class);
        Sql.update(call.db(), "UPDATE kiosk SET model = ?, software_version = ?, registered_at = ? WHERE kiosk_id = ?",
                req.model(), req.softwareVersion(), call.now(), kioskId);
        Ledger.record(call.db(), call, "KIOSK_REGISTERED", Map.of("kioskId", kioskId));
        return ApiResponse.ok(new RegistrationAck(kioskId, call.now(), configOf(call.db(), kioskId)));
    }

    /**
     * A heartbeat is a state report: the newest one wins and a resend (same or older sentAt) is
     * acknowledged without counting twice. So it needs no idempotency record and, once the kiosk is known,
     * no database work either: the intake keeps the beat in memory and stores beats in batches
     * (HeartbeatIntake), the answer comes from the cache of desired versions (DesiredVersions), which every
     * change of a desired version clears on commit, so the very next beat sees it.
     */
    private ApiResponse heartbeat(Call call) throws Exception {
        String kioskId = ownKiosk(call);
        Heartbeat hb = call.body(Heartbeat.class);
        String report = call.rawBody();
        if (report.length() > HeartbeatIntake.MAX_REPORT_CHARS) {
            throw new ApiException(Refusal.BODY_TOO_LARGE, "a heartbeat has at most " + HeartbeatIntake.MAX_REPORT_CHARS + " characters");
        }
        int desiredVersion = desired.of(kioskId, call.db());
        // Last, so that no failure of the route follows the beat's effect (an injected crash still can).
        heartbeats.accept(kioskId, hb.sentAt(), call.now(), report, hb.softwareVersion(), HeartbeatIntake.fromRow(call.db()));
        boolean changed = hb.reportedConfigVersion() != null && hb.reportedConfigVersion() != desiredVersion;
        return ApiResponse.ok(new HeartbeatAck(call.now(), desiredVersion, changed));
    }

    /** Records an urgent event once (by its id) and keeps the kiosk's open problems current. */
    private static ApiResponse event(Call call) throws Exception {
        String kioskId = ownKiosk(call);
        UrgentEvent e = call.body(UrgentEvent.class);
        Connection c = call.db();
        String device = e.device() == null ? "" : e.device();
        int inserted = Sql.update(c, "INSERT INTO fleet_event(kiosk_id, event_id, kind, action, device, occurred_at, received_at)"
                + " SELECT ?,?,?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM fleet_event WHERE kiosk_id = ? AND event_id = ?)",
                kioskId, e.eventId(), e.kind(), e.action(), device, e.occurredAt(), call.now(), kioskId, e.eventId());
        if (inserted == 1) {
            if (e.action().equals("RAISED")) {
                Sql.update(c, "MERGE INTO fleet_problem(kiosk_id, kind, device, since) KEY(kiosk_id, kind, device) VALUES (?,?,?,?)",
                        kioskId, e.kind(), device, e.occurredAt());
            } else {
                Sql.update(c, "DELETE FROM fleet_problem WHERE kiosk_id = ? AND kind = ? AND device = ? AND since <= ?",
                        kioskId, e.kind(), device, e.occurredAt());
            }
        }
        return ApiResponse.ok(new EventAck(e.eventId(), call.now(), inserted == 0));
    }

    private ApiResponse config(Call call) throws Exception {
        return ApiResponse.ok(configOf(call.db(), ownKiosk(call), signer));
    }

    private ApiResponse reported(Call call) throws Exception {
        String kioskId = ownKiosk(call);
        ReportedConfig req = call.body(ReportedConfig.class);
        Sql.update(call.db(), "UPDATE kiosk SET reported_config = ?, reported_version = ? WHERE kiosk_id = ?",
                Json.mapper().writeValueAsString(req.config()), req.version(), kioskId);
        if (Rollouts.advance(call.db(), call.now())) {
            call.afterCommit(desired::changedAll);
        }
        return ApiResponse.ok(configOf(call.db(), kioskId));
    }

    static ConfigView configOf(Connection c, String kioskId) throws Exception {
        return configOf(c, kioskId, null);
    }

    static ConfigView configOf(Connection c, String kioskId, ConfigSigner signer) throws Exception {
        record Row(String desired, int desiredVersion, String reported, Integer reportedVersion) {
        }
        Row row = Sql.one(c, "SELECT desired_config, desired_version, reported_config, reported_version FROM kiosk WHERE kiosk_id = ?",
                rs -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), (Integer) rs.getObject(4)), kioskId)
                .orElseThrow(() -> new ApiException(Refusal.UNAUTHORIZED));
        TypeReference<Map<String, Object>> map = new TypeReference<>() { };
        Map<String, Object> desired = Json.mapper().readValue(row.desired(), map);
        Map<String, Object> reported = row.reported() == null ? null : Json.mapper().readValue(row.reported(), map);
        return new ConfigView(kioskId, desired, row.desiredVersion(), reported, row.reportedVersion(),
                row.reportedVersion() != null && row.reportedVersion() == row.desiredVersion() && desired.equals(reported),
                signer == null ? null : signer.sign(row.desiredVersion(), row.desired()));
    }
}
