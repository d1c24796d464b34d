package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;

/**
 * Exit-entry: travel permits with their endorsements, endorsement eligibility (with the cases that must go
 * to a counter), endorsement applications, and collection status of finished documents.
 */
public final class ExitEntryApi {

    static final Set<String> DESTINATIONS = Set.of("HK", "MO", "TW");
    static final Set<String> TYPES = Set.of("INDIVIDUAL_TOURISM", "GROUP_TOURISM", "VISIT_RELATIVES", "BUSINESS");
    static final int MIN_PERMIT_VALIDITY_DAYS = 90;

    /** An endorsement request or eligibility check. */
    public record EndorsementRequest(String residentId, String permitId, String destination, String type, Integer trips,
                                     String clientRef) implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.required("permitId", permitId);
            Check.oneOf("destination", destination, DESTINATIONS);
            Check.oneOf("type", type, TYPES);
            Check.that(trips != null && trips >= 1 && trips <= 2, "trips", "is 1 or 2");
            Check.maxLength("clientRef", clientRef, 80);
        }
    }

    /** An endorsement on a permit. */
    public record EndorsementView(String endorsementId, String destination, String type, int tripsTotal, int tripsRemaining,
                                  LocalDate validUntil, boolean usable) {
    }

    /** A travel permit (往来港澳通行证 / 往来台湾通行证). */
    public record PermitView(String permitId, String kind, String permitNumberMasked, LocalDate validUntil, boolean expired,
                             List<EndorsementView> endorsements) {
    }

    /** The permits answer. */
    public record PermitList(List<PermitView> permits) {
    }

    /** A document's collection status. */
    public record CollectionView(String applicationId, String type, String applicationStatus, String collectionStatus,
                                 String collectionPoint, Instant updatedAt, Map<String, String> title,
                                 Map<String, String> collectionPointName) {
    }

    /** The collections answer. */
    public record CollectionList(List<CollectionView> documents) {
    }

    private ExitEntryApi() {
    }

    public static List<Route> routes() {
        return List.of(
                Route.query(HandlerType.POST, "/api/v1/exit-entry/permits/query", ExitEntryApi::permits),
                Route.query(HandlerType.POST, "/api/v1/exit-entry/endorsements/eligibility", ExitEntryApi::eligibility),
                Route.mutation("/api/v1/exit-entry/endorsements", ExitEntryApi::apply),
                Route.query(HandlerType.POST, "/api/v1/exit-entry/collections/query", ExitEntryApi::collections));
    }

    private static ApiResponse permits(Call call) throws Exception {
        TrafficApi.ResidentRequest req = call.body(TrafficApi.ResidentRequest.class);
        Connection c = call.db();
        ResidentRow.require(c, req.residentId());
        record Row(String id, String kind, String number, LocalDate until) {
        }
        List<Row> rows = Sql.list(c, "SELECT * FROM travel_permit WHERE resident_id = ? ORDER BY permit_id",
                rs -> new Row(rs.getString("permit_id"), rs.getString("kind"), rs.getString("permit_number"),
                        Sql.date(rs, "valid_until")), req.residentId());
        List<PermitView> permits = new ArrayList<>();
        for (Row row : rows) {
            permits.add(new PermitView(row.id(), row.kind(), row.number().charAt(0) + "****" + row.number().substring(row.number().length() - 3),
                    row.until(), row.until().isBefore(call.today()), endorsements(call, row.id())));
        }
        return ApiResponse.ok(new PermitList(permits));
    }

    private static List<EndorsementView> endorsements(Call call, String permitId) throws Exception {
        return Sql.list(call.db(), "SELECT * FROM endorsement WHERE permit_id = ? ORDER BY endorsement_id", rs -> {
            LocalDate until = Sql.date(rs, "valid_until");
            int remaining = rs.getInt("trips_remaining");
            return new EndorsementView(rs.getString("endorsement_id"), rs.getString("destination"), rs.getString("endorsement_type"),
                    rs.getInt("trips_total"), remaining, until, remaining > 0 && !until.isBefore(call.today()));
        }, permitId);
    }

    private static ApiResponse eligibility(Call call) throws Exception {
        EndorsementRequest req = call.body(EndorsementRequest.class);
        ResidentRow r = ResidentRow.require(call.db(), req.residentId());
        return EligibilityApi.assess(call, "EXIT_ENTRY",
                () -> endorsementRules(call, r, req.permitId(), req.destination(), req.type(), req.trips()).feeCents());
    }

    private static ApiResponse apply(Call call) throws Exception {
        EndorsementRequest req = call.body(EndorsementRequest.class);
        ResidentRow r = ResidentRow.require(call.db(), req.residentId());
        long fee = endorsementRules(call, r, req.permitId(), req.destination(), req.type(), req.trips()).feeCents();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("permitId", req.permitId());
        details.put("destination", req.destination());
        details.put("type", req.type());
        details.put("trips", req.trips());
        details.put("validMonths", 3);
        return ApiResponse.created(Applications.create(call, req.residentId(), "EXIT_ENTRY", "ENDORSEMENT", "AWAITING_PAYMENT",
                fee, details));
    }

    /** The permit an endorsement goes on and its fee. */
    record EndorsementCase(String permitId, long feeCents) {
    }

    /**
     * The endorsement rules, in the order a counter clerk would apply them (shared by the route and both
     * eligibility routes); returns the fee or throws the refusal. Without a permitId the resident's permit for
     * the destination is taken; without a type or trips, the rules that need them are left for later.
     */
    static EndorsementCase endorsementRules(Call call, ResidentRow r, String permitId, String destination, String type,
                                            Integer trips) throws Exception {
        Connection c = call.db();
        HouseholdApi.requireResidentIdCard(r);
        boolean taiwan = "TW".equals(destination);
        record Permit(String id, String kind, LocalDate until) {
        }
        Permit permit = (permitId != null
                ? Sql.one(c, "SELECT permit_id, kind, valid_until FROM travel_permit WHERE permit_id = ? AND resident_id = ? FOR UPDATE",
                        rs -> new Permit(rs.getString(1), rs.getString(2), Sql.date(rs, "valid_until")), permitId, r.residentId())
                : Sql.one(c, "SELECT permit_id, kind, valid_until FROM travel_permit WHERE kind = ? AND resident_id = ?"
                                + " ORDER BY valid_until DESC LIMIT 1 FOR UPDATE",
                        rs -> new Permit(rs.getString(1), rs.getString(2), Sql.date(rs, "valid_until")),
                        taiwan ? "TAIWAN" : "HK_MACAO", r.residentId()))
                .orElseThrow(() -> new ApiException(Refusal.PERMIT_NOT_FOUND));
        if (taiwan != "TAIWAN".equals(permit.kind())) {
            throw new ApiException(Refusal.DESTINATION_NOT_COVERED);
        }
        if (permit.until().isBefore(call.today())) {
            throw new ApiException(Refusal.PERMIT_EXPIRED);
        }
        if (permit.until().isBefore(call.today().plusDays(MIN_PERMIT_VALIDITY_DAYS))) {
            throw new ApiException(Refusal.PERMIT_VALIDITY_TOO_SHORT);
        }
        if (r.stateEmployee()) {
            throw new ApiException(Refusal.COUNTER_STATE_EMPLOYEE);
        }
        if ("VISIT_RELATIVES".equals(type) || "BUSINESS".equals(type)) {
            throw new ApiException(Refusal.COUNTER_DOCUMENTS_REQUIRED);
        }
        if ("INDIVIDUAL_TOURISM".equals(type)) {
            if (taiwan) {
                throw new ApiException(Refusal.ENDORSEMENT_TYPE_NOT_OFFERED);
            }
            if (!r.localHukou()) {
                throw new ApiException(Refusal.COUNTER_NON_LOCAL_HUKOU);
            }
        } else if (type != null && trips != null && trips != 1) {
            throw new ApiException(Refusal.TRIPS_NOT_OFFERED, "group tourism is single-trip");
        }
        if (Sql.count(c, "SELECT COUNT(*) FROM endorsement WHERE permit_id = ? AND destination = ? AND trips_remaining > 0"
                + " AND valid_until >= ?", permit.id(), destination, call.today()) > 0) {
            throw new ApiException(Refusal.ENDORSEMENT_STILL_VALID);
        }
        if (Sql.count(c, "SELECT COUNT(*) FROM application WHERE resident_id = ? AND app_type = 'ENDORSEMENT'"
                        + " AND status IN ('AWAITING_PAYMENT','SUBMITTED','IN_REVIEW','APPROVED') AND details LIKE ?",
                r.residentId(), "%\"permitId\":\"" + permit.id() + "\",\"destination\":\"" + destination + "\"%") > 0) {
            throw new ApiException(Refusal.APPLICATION_ALREADY_OPEN);
        }
        return new EndorsementCase(permit.id(), (taiwan ? 2_000L : 1_500L) * (trips == null ? 1 : trips));
    }

    private static ApiResponse collections(Call call) throws Exception {
        TrafficApi.ResidentRequest req = call.body(TrafficApi.ResidentRequest.class);
        ResidentRow.require(call.db(), req.residentId());
        return ApiResponse.ok(new CollectionList(Sql.list(call.db(), "SELECT * FROM application WHERE resident_id = ?"
                        + " AND domain = 'EXIT_ENTRY' AND status NOT IN ('CANCELLED','REJECTED') ORDER BY created_at DESC, application_id",
                rs -> {
                    Applications.ApplicationView a = Applications.view(rs);
                    String collection = switch (a.status()) {
                        case "READY_FOR_COLLECTION" -> "READY";
                        case "COLLECTED" -> "COLLECTED";
                        default -> "NOT_READY";
                    };
                    return new CollectionView(a.applicationId(), a.type(), a.status(), collection, a.collectionPoint(),
                            a.updatedAt(), a.title(), a.collectionPointName());
                }, req.residentId())));
    }

}
