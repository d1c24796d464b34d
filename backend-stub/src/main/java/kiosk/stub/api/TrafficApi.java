package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Ledger;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;
import kiosk.stub.seed.Hospitals;
import kiosk.stub.seed.IdNumbers;
import kiosk.stub.seed.Offence;

/** Vehicles and drivers: violations, driving licence and its renewal, electronic inspection marks, points. */
public final class TrafficApi {

    static final int RENEWAL_WINDOW_DAYS = 90;
    static final long RENEWAL_FEE_CENTS = 1_000;
    static final int POINTS_LIMIT = 12;
    static final int HEALTH_CHECK_VALID_MONTHS = 6;

    /** Exactly one selector: a resident, a plate with the last four to six engine-number characters, or a licence number. */
    public record ViolationQuery(String residentId, String plate, String engineTail, String licenceNumber)
            implements Call.Validated {
        @Override
        public void validate() {
            int selectors = (residentId != null ? 1 : 0) + (plate != null ? 1 : 0) + (licenceNumber != null ? 1 : 0);
            Check.that(selectors == 1, "residentId|plate|licenceNumber", "exactly one selector is required");
            if (plate != null) {
                Check.required("engineTail", engineTail);
                Check.that(engineTail.length() >= 4 && engineTail.length() <= 6, "engineTail",
                        "is the last 4 to 6 characters of the engine number");
            } else {
                Check.that(engineTail == null, "engineTail", "goes with plate only");
            }
        }

        @Override
        public String toString() {
            return "ViolationQuery[masked]";
        }
    }

    /** One violation. */
    public record ViolationView(String violationId, String plate, Instant occurredAt, String location,
                                Map<String, String> place, String offence,
                                Map<String, String> description, long fineCents, int points, String status, boolean payable) {
    }

    /** The list answer. */
    public record ViolationList(List<ViolationView> violations, long unpaidCents, int unpaidCount) {
    }

    /** A resident's query. */
    public record ResidentRequest(String residentId) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
        }
    }

    /** The driving licence with its points and renewal window. */
    public record LicenceView(String licenceNumberMasked, String licenceClass, LocalDate validFrom, LocalDate validUntil,
                              String status, int points, int pointsLimit, LocalDate renewalWindowOpensOn,
                              boolean renewableNow, long renewalFeeCents) {
    }

    /** A vehicle the resident owns. */
    public record VehicleView(String plate, String model, Map<String, String> modelName, LocalDate registeredOn,
                              LocalDate inspectionValidUntil,
                              boolean inspectionOverdue, int unpaidViolations) {
    }

    /** The vehicles answer. */
    public record VehicleList(List<VehicleView> vehicles) {
    }

    /** A health check on record (results reach the police online from approved hospitals). */
    public record HealthCheckView(String healthCheckRef, Map<String, String> hospital, LocalDate checkedOn, LocalDate validUntil,
                                  boolean usable) {
    }

    /** The health checks answer, newest first. */
    public record HealthCheckList(List<HealthCheckView> healthChecks) {
    }

    /** Licence renewal: a health-check certificate reference from an approved hospital is required. */
    public record RenewalRequest(String residentId, String healthCheckRef, String clientRef)
            implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.maxLength("clientRef", clientRef, 80);
            if (healthCheckRef == null || healthCheckRef.isBlank()) {
                throw new ApiException(Refusal.HEALTH_CHECK_REQUIRED);
            }
        }
    }

    /** Electronic inspection mark for an owned vehicle. */
    public record InspectionMarkRequest(String residentId, String plate, String clientRef)
            implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.required("plate", plate);
            Check.maxLength("clientRef", clientRef, 80);
        }
    }

    /** The issued mark. */
    public record InspectionMark(String markId, String plate, LocalDate validUntil, String qrPayload, Instant issuedAt) {
    }

    private TrafficApi() {
    }

    public static List<Route> routes() {
        return List.of(
                Route.query(HandlerType.POST, "/api/v1/traffic/violations/query", TrafficApi::violations),
                Route.query(HandlerType.POST, "/api/v1/traffic/vehicles/query", TrafficApi::vehicles),
                Route.query(HandlerType.POST, "/api/v1/traffic/licence/query", TrafficApi::licence),
                Route.mutation("/api/v1/traffic/licence/renewals", TrafficApi::renew),
                Route.query(HandlerType.POST, "/api/v1/traffic/health-checks/query", TrafficApi::healthChecks),
                Route.mutation("/api/v1/traffic/inspection-marks", TrafficApi::inspectionMark));
    }

    private static ApiResponse violations(Call call) throws Exception {
        ViolationQuery q = call.body(ViolationQuery.class);
        Connection c = call.db();
        List<ViolationView> list;
        if (q.plate() != null) {
            String engine = Sql.one(c, "SELECT engine_number FROM vehicle WHERE plate = ?", rs -> rs.getString(1), q.plate().strip())
                    .orElseThrow(() -> new ApiException(Refusal.VEHICLE_NOT_FOUND));
            if (!engine.toUpperCase().endsWith(q.engineTail().toUpperCase())) {
                throw new ApiException(Refusal.VEHICLE_NOT_FOUND);
            }
            list = violations(c, "plate = ?", q.plate().strip());
        } else if (q.licenceNumber() != null) {
            String residentId = Sql.one(c, "SELECT resident_id FROM licence WHERE licence_number = ?", rs -> rs.getString(1),
                    q.licenceNumber()).orElseThrow(() -> new ApiException(Refusal.LICENCE_NOT_FOUND));
            list = violations(c, "driver_id = ?", residentId);
        } else {
            ResidentRow.require(c, q.residentId());
            list = violations(c, "(driver_id = ? OR plate IN (SELECT plate FROM vehicle WHERE owner_id = ?))",
                    q.residentId(), q.residentId());
        }
        long unpaid = list.stream().filter(v -> !"PAID".equals(v.status())).mapToLong(ViolationView::fineCents).sum();
        int count = (int) list.stream().filter(v -> !"PAID".equals(v.status())).count();
        return ApiResponse.ok(new ViolationList(list, unpaid, count));
    }

    static List<ViolationView> violations(Connection c, String where, Object... args) throws SQLException {
        return Sql.list(c, "SELECT * FROM violation WHERE " + where + " ORDER BY occurred_at DESC, violation_id", rs -> {
            String status = rs.getString("status");
            Offence offence = Offence.valueOf(rs.getString("offence"));
            return new ViolationView(rs.getString("violation_id"), rs.getString("plate"), Sql.instant(rs, "occurred_at"),
                    rs.getString("location"), new LinkedHashMap<>(kiosk.stub.seed.Places.of(rs.getString("location"))),
                    offence.name(), new LinkedHashMap<>(offence.description()),
                    rs.getLong("fine_cents"), rs.getInt("points"), status, "UNPAID".equals(status));
        }, args);
    }

    private static ApiResponse vehicles(Call call) throws Exception {
        ResidentRequest req = call.body(ResidentRequest.class);
        ResidentRow.require(call.db(), req.residentId());
        List<VehicleView> list = Sql.list(call.db(), "SELECT v.*, (SELECT COUNT(*) FROM violation x WHERE x.plate = v.plate"
                        + " AND x.status <> 'PAID') AS unpaid FROM vehicle v WHERE owner_id = ? ORDER BY plate",
                rs -> new VehicleView(rs.getString("plate"), rs.getString("model"),
                        new LinkedHashMap<>(kiosk.stub.seed.VehicleModels.of(rs.getString("model"))), Sql.date(rs, "registered_on"),
                        Sql.date(rs, "inspection_valid_until"), Sql.date(rs, "inspection_valid_until").isBefore(call.today()),
                        rs.getInt("unpaid")), req.residentId());
        return ApiResponse.ok(new VehicleList(list));
    }

    record LicenceRow(String number, String licenceClass, LocalDate validFrom, LocalDate validUntil, int points) {
    }

    private static Optional<LicenceRow> licenceOf(Connection c, String residentId, boolean forUpdate) throws SQLException {
        return Sql.one(c, "SELECT * FROM licence WHERE resident_id = ?" + (forUpdate ? " FOR UPDATE" : ""),
                rs -> new LicenceRow(rs.getString("licence_number"), rs.getString("licence_class"), Sql.date(rs, "valid_from"),
                        Sql.date(rs, "valid_until"), rs.getInt("points")), residentId);
    }

    private static ApiResponse licence(Call call) throws Exception {
        ResidentRequest req = call.body(ResidentRequest.class);
        ResidentRow.require(call.db(), req.residentId());
        LicenceRow l = licenceOf(call.db(), req.residentId(), false).orElseThrow(() -> new ApiException(Refusal.LICENCE_NOT_FOUND));
        LocalDate opens = l.validUntil().minusDays(RENEWAL_WINDOW_DAYS);
        boolean expired = l.validUntil().isBefore(call.today());
        return ApiResponse.ok(new LicenceView(IdNumbers.mask(l.number()), l.licenceClass(), l.validFrom(), l.validUntil(),
                expired ? "EXPIRED" : "VALID", l.points(), POINTS_LIMIT, opens,
                !expired && !call.today().isBefore(opens) && l.points() < POINTS_LIMIT, RENEWAL_FEE_CENTS));
    }

    private static ApiResponse healthChecks(Call call) throws Exception {
        ResidentRequest req = call.body(ResidentRequest.class);
        ResidentRow.require(call.db(), req.residentId());
        return ApiResponse.ok(new HealthCheckList(Sql.list(call.db(), "SELECT * FROM health_check WHERE resident_id = ?"
                + " ORDER BY checked_on DESC, health_check_ref", rs -> {
                    LocalDate checked = Sql.date(rs, "checked_on");
                    LocalDate until = checked.plusMonths(HEALTH_CHECK_VALID_MONTHS);
                    return new HealthCheckView(rs.getString("health_check_ref"), Hospitals.name(rs.getString("hospital")).map(),
                            checked, until, !until.isBefore(call.today()));
                }, req.residentId())));
    }

    /**
     * The licence renewal rules (shared by the route and the eligibility check), in this order: licence exists,
     * not expired, window open, points below 12, no unpaid fines, no renewal open, and once given, the health
     * check on record for this resident and at most six months old. Returns the licence.
     */
    static LicenceRow renewalRules(Call call, String residentId, String healthCheckRef) throws Exception {
        Connection c = call.db();
        LicenceRow l = licenceOf(c, residentId, true).orElseThrow(() -> new ApiException(Refusal.LICENCE_NOT_FOUND));
        if (l.validUntil().isBefore(call.today())) {
            throw new ApiException(Refusal.LICENCE_EXPIRED);
        }
        if (call.today().isBefore(l.validUntil().minusDays(RENEWAL_WINDOW_DAYS))) {
            throw new ApiException(Refusal.LICENCE_RENEWAL_WINDOW_NOT_OPEN,
                    "opens in " + ChronoUnit.DAYS.between(call.today(), l.validUntil().minusDays(RENEWAL_WINDOW_DAYS)) + " days");
        }
        if (l.points() >= POINTS_LIMIT) {
            throw new ApiException(Refusal.LICENCE_POINTS_FULL);
        }
        if (Sql.count(c, "SELECT COUNT(*) FROM violation WHERE status <> 'PAID' AND (driver_id = ?"
                + " OR plate IN (SELECT plate FROM vehicle WHERE owner_id = ?))", residentId, residentId) > 0) {
            throw new ApiException(Refusal.UNPAID_VIOLATIONS);
        }
        if (Applications.hasOpen(c, residentId, "LICENCE_RENEWAL")) {
            throw new ApiException(Refusal.APPLICATION_ALREADY_OPEN);
        }
        if (healthCheckRef != null) {
            LocalDate checked = Sql.one(c, "SELECT checked_on FROM health_check WHERE health_check_ref = ? AND resident_id = ?",
                    rs -> Sql.date(rs, "checked_on"), healthCheckRef.strip(), residentId)
                    .orElseThrow(() -> new ApiException(Refusal.HEALTH_CHECK_NOT_FOUND));
            if (checked.plusMonths(HEALTH_CHECK_VALID_MONTHS).isBefore(call.today())) {
                throw new ApiException(Refusal.HEALTH_CHECK_EXPIRED);
            }
        }
        return l;
    }

    private static ApiResponse renew(Call call) throws Exception {
        RenewalRequest req = call.body(RenewalRequest.class);
        ResidentRow.require(call.db(), req.residentId());
        LicenceRow l = renewalRules(call, req.residentId(), req.healthCheckRef());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("licenceClass", l.licenceClass());
        details.put("newValidUntil", l.validUntil().plusYears(l.validUntil().minusYears(6).isAfter(l.validFrom()) ? 10 : 6).toString());
        details.put("healthCheckRef", req.healthCheckRef());
        return ApiResponse.created(Applications.create(call, req.residentId(), "TRAFFIC", "LICENCE_RENEWAL",
                "AWAITING_PAYMENT", RENEWAL_FEE_CENTS, details));
    }

    /** The owned vehicle's inspection validity. */
    record InspectedVehicle(String plate, LocalDate inspectionUntil) {
    }

    /** The inspection mark rules: the vehicle exists, is the resident's, its inspection is valid, no unpaid fines on it. */
    static InspectedVehicle inspectionMarkRules(Call call, String residentId, String plate) throws Exception {
        Connection c = call.db();
        record Vehicle(String owner, LocalDate inspectionUntil) {
        }
        String p = plate.strip();
        Vehicle v = Sql.one(c, "SELECT owner_id, inspection_valid_until FROM vehicle WHERE plate = ? FOR UPDATE",
                rs -> new Vehicle(rs.getString(1), Sql.date(rs, "inspection_valid_until")), p)
                .orElseThrow(() -> new ApiException(Refusal.VEHICLE_NOT_FOUND));
        if (!v.owner().equals(residentId)) {
            throw new ApiException(Refusal.VEHICLE_NOT_OWNED);
        }
        if (v.inspectionUntil().isBefore(call.today())) {
            throw new ApiException(Refusal.INSPECTION_OVERDUE);
        }
        if (Sql.count(c, "SELECT COUNT(*) FROM violation WHERE plate = ? AND status <> 'PAID'", p) > 0) {
            throw new ApiException(Refusal.UNPAID_VIOLATIONS);
        }
        return new InspectedVehicle(p, v.inspectionUntil());
    }

    private static ApiResponse inspectionMark(Call call) throws Exception {
        InspectionMarkRequest req = call.body(InspectionMarkRequest.class);
        Connection c = call.db();
        ResidentRow.require(c, req.residentId());
        InspectedVehicle v = inspectionMarkRules(call, req.residentId(), req.plate());
        String markId = "M-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("plate", v.plate());
        details.put("markId", markId);
        details.put("validUntil", v.inspectionUntil().toString());
        Applications.create(call, req.residentId(), "TRAFFIC", "INSPECTION_MARK", "APPROVED", 0, details);
        Ledger.record(c, call, "INSPECTION_MARK_ISSUED", Map.of("markId", markId, "plate", v.plate()));
        return ApiResponse.created(new InspectionMark(markId, v.plate(), v.inspectionUntil(),
                "stubmark://inspection/" + markId, call.now()));
    }
}
