package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kiosk.stub.db.Sql;
import kiosk.stub.fault.FaultInjector;
import kiosk.stub.fault.FaultSettings;
import kiosk.stub.fleet.DesiredVersions;
import kiosk.stub.fleet.HeartbeatIntake;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.KioskAuth;
import kiosk.stub.http.Ledger;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;
import kiosk.stub.json.Json;

/** Operator and test routes behind X-Admin-Token: ledger, faults, reset, kiosk provisioning and desired configuration. */
public final class AdminApi {

    /** Resets the database to a fresh seed. */
    public interface Resetter {
        long reset(Long seed);

        long residents();
    }

    /** The ledger answer. */
    public record LedgerView(List<Ledger.Entry> entries) {
    }

    /** Fault settings and what they did so far. */
    public record FaultsView(FaultSettings settings, List<FaultInjector.RuleStats> stats) {
    }

    /** Reset request (seed optional: the start seed). */
    public record ResetRequest(Long seed) {
    }

    /** Reset answer. */
    public record ResetAck(long seed, long residents, Instant at) {
    }

    /** A new kiosk and its API key. */
    public record NewKiosk(String kioskId, String apiKey, String location) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("kioskId", kioskId);
            Check.that(kioskId.matches("[A-Z0-9-]{3,40}"), "kioskId", "is 3-40 of A-Z, 0-9 and '-'");
            Check.required("apiKey", apiKey);
            Check.that(apiKey.length() >= 8 && apiKey.length() <= 200, "apiKey", "has 8 to 200 characters");
            Check.required("location", location);
        }

        @Override
        public String toString() {
            return "NewKiosk[" + kioskId + "]";
        }
    }

    /** A kiosk as operators see it. */
    public record KioskView(String kioskId, String location, String model, String softwareVersion, Instant registeredAt,
                            Instant lastHeartbeatAt, long heartbeatCount, int desiredConfigVersion, Integer reportedConfigVersion,
                            Map<String, Object> lastHeartbeat) {
    }

    /** The fleet list. */
    public record KioskList(List<KioskView> kiosks) {
    }

    /** New desired configuration, guarded by the version the operator last saw. */
    public record DesiredConfig(Integer expectedVersion, Map<String, Object> config) implements Call.Validated {
        @Override
        public void validate() {
            Check.that(expectedVersion != null, "expectedVersion", "is required");
            Check.that(config != null, "config", "is required");
        }
    }

    private final FaultInjector faults;
    private final Resetter resetter;
    private final KioskAuth auth;
    private final HeartbeatIntake heartbeats;
    private final DesiredVersions desiredVersions;

    public AdminApi(FaultInjector faults, Resetter resetter, KioskAuth auth, HeartbeatIntake heartbeats,
                    DesiredVersions desiredVersions) {
        this.faults = faults;
        this.resetter = resetter;
        this.auth = auth;
        this.heartbeats = heartbeats;
        this.desiredVersions = desiredVersions;
    }

    public List<Route> routes() {
        return List.of(
                admin(HandlerType.GET, "/admin/ledger", this::ledger),
                admin(HandlerType.GET, "/admin/faults", this::getFaults),
                admin(HandlerType.PUT, "/admin/faults", this::putFaults),
                admin(HandlerType.POST, "/admin/reset", this::reset),
                admin(HandlerType.GET, "/admin/kiosks", this::kiosks),
                admin(HandlerType.POST, "/admin/kiosks", this::provision),
                admin(HandlerType.PUT, "/admin/kiosks/{kioskId}/config", this::desired));
    }

    private static Route admin(HandlerType method, String path, Route.Handler handler) {
        return new Route(method, path, Route.Access.ADMIN, false, handler);
    }

    private ApiResponse ledger(Call call) throws Exception {
        String after = call.queryParam("afterSeq");
        long afterSeq;
        try {
            afterSeq = after == null ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new ApiException(Refusal.INVALID_FIELD, "afterSeq is an integer");
        }
        return ApiResponse.ok(new LedgerView(Ledger.query(call.db(), call.queryParam("kind"), call.queryParam("kioskId"),
                call.queryParam("clientRef"), afterSeq)));
    }

    private ApiResponse getFaults(Call call) {
        return ApiResponse.ok(new FaultsView(faults.settings(), faults.stats()));
    }

    private ApiResponse putFaults(Call call) {
        faults.configure(call.body(FaultSettings.class));
        return ApiResponse.ok(new FaultsView(faults.settings(), faults.stats()));
    }

    private ApiResponse reset(Call call) {
        ResetRequest req = call.hasBody() ? call.body(ResetRequest.class) : new ResetRequest(null);
        long seed = resetter.reset(req.seed());
        return ApiResponse.ok(new ResetAck(seed, resetter.residents(), call.now()));
    }

    private ApiResponse kiosks(Call call) throws Exception {
        return ApiResponse.ok(new KioskList(heartbeats.read(() -> Sql.list(call.db(), "SELECT * FROM kiosk ORDER BY kiosk_id", rs -> {
            String kioskId = rs.getString("kiosk_id");
            Instant registeredAt = Sql.instant(rs, "registered_at");
            String hb = rs.getString("last_heartbeat");
            Instant lastAt = Sql.instant(rs, "last_heartbeat_at");
            long count = rs.getLong("heartbeat_count");
            String version = rs.getString("software_version");
            HeartbeatIntake.Beat unstored = heartbeats.unstored(kioskId).orElse(null);
            if (unstored != null) { // newer than the row
                hb = unstored.report();
                lastAt = unstored.receivedAt();
                count = unstored.count();
                version = unstored.softwareVersionOver(version, registeredAt);
            }
            Map<String, Object> last;
            try {
                last = hb == null ? null : Json.mapper().readValue(hb, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            } catch (Exception e) {
                throw new java.sql.SQLException("Unreadable heartbeat", e);
            }
            return new KioskView(kioskId, rs.getString("location"), rs.getString("model"), version, registeredAt, lastAt, count,
                    rs.getInt("desired_version"), (Integer) rs.getObject("reported_version"), last);
        }))));
    }

    private ApiResponse provision(Call call) throws Exception {
        NewKiosk req = call.body(NewKiosk.class);
        if (Sql.count(call.db(), "SELECT COUNT(*) FROM kiosk WHERE kiosk_id = ?", req.kioskId()) > 0) {
            throw new ApiException(Refusal.KIOSK_ALREADY_EXISTS);
        }
        Sql.update(call.db(), "INSERT INTO kiosk(kiosk_id, key_hash, location, desired_config, desired_version) VALUES (?,?,?,?,1)",
                req.kioskId(), KioskAuth.hashKey(req.apiKey()), req.location(), kiosk.stub.seed.Seeder.DEFAULT_CONFIG);
        auth.forget();
        return ApiResponse.created(FleetApi.configOf(call.db(), req.kioskId()));
    }

    private ApiResponse desired(Call call) throws Exception {
        String kioskId = call.path("kioskId");
        DesiredConfig req = call.body(DesiredConfig.class);
        int updated = Sql.update(call.db(), "UPDATE kiosk SET desired_config = ?, desired_version = desired_version + 1"
                        + " WHERE kiosk_id = ? AND desired_version = ?",
                Json.mapper().writeValueAsString(req.config()), kioskId, req.expectedVersion());
        if (updated == 0) {
            if (Sql.count(call.db(), "SELECT COUNT(*) FROM kiosk WHERE kiosk_id = ?", kioskId) == 0) {
                throw new ApiException(Refusal.NOT_FOUND, "no such kiosk");
            }
            throw new ApiException(Refusal.CONFIG_VERSION_CONFLICT);
        }
        call.afterCommit(() -> desiredVersions.changed(kioskId));
        return ApiResponse.ok(FleetApi.configOf(call.db(), kioskId));
    }
}
