package kiosk.stub.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Ledger;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;
import kiosk.stub.json.Json;
import kiosk.stub.seed.Stations;

/**
 * Applications of every domain: creation for the business routes, progress queries for the kiosk, and the
 * withdrawal of one the resident left unpaid.
 */
public final class Applications {

    public static final Set<String> OPEN = Set.of("AWAITING_PAYMENT", "SUBMITTED", "IN_REVIEW", "APPROVED", "READY_FOR_COLLECTION");
    public static final Set<String> DOMAINS = Set.of("HOUSEHOLD", "TRAFFIC", "EXIT_ENTRY");

    /**
     * An application and where it stands; title names it in every kiosk language, collectionPointName says where
     * the document is collected (when it is ready).
     */
    public record ApplicationView(String applicationId, String domain, String type, String status, long feeCents,
                                  Map<String, Object> details, String collectionPoint, Instant createdAt, Instant updatedAt,
                                  Map<String, String> title, Map<String, String> statusText,
                                  Map<String, String> collectionPointName) {
    }

    /** Progress query: one resident, optionally one domain or type. */
    public record ProgressRequest(String residentId, String domain, String type) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            if (domain != null) {
                Check.oneOf("domain", domain, DOMAINS);
            }
        }
    }

    /** The list answer. */
    public record ApplicationList(List<ApplicationView> applications) {
    }

    /** Withdrawal of an application still awaiting its fee, by the resident it belongs to. */
    public record WithdrawRequest(String residentId, String clientRef) implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.maxLength("clientRef", clientRef, 80);
        }
    }

    private Applications() {
    }

    public static List<Route> routes() {
        return List.of(
                Route.query(HandlerType.POST, "/api/v1/applications/query", Applications::progress),
                Route.query(HandlerType.GET, "/api/v1/applications/{applicationId}", Applications::one),
                Route.mutation("/api/v1/applications/{applicationId}/withdraw", Applications::withdraw));
    }

    private static ApiResponse progress(Call call) throws Exception {
        ProgressRequest req = call.body(ProgressRequest.class);
        ResidentRow.require(call.db(), req.residentId());
        List<ApplicationView> apps = Sql.list(call.db(), "SELECT * FROM application WHERE resident_id = ?"
                        + " AND (? IS NULL OR domain = ?) AND (? IS NULL OR app_type = ?) ORDER BY created_at DESC, application_id",
                Applications::view, req.residentId(), req.domain(), req.domain(), req.type(), req.type());
        return ApiResponse.ok(new ApplicationList(apps));
    }

    private static ApiResponse one(Call call) throws Exception {
        return ApiResponse.ok(require(call.db(), call.path("applicationId")));
    }

    /**
     * The kiosk takes back an application the resident left unpaid (taken out of the basket, or the visit ended
     * first): it becomes CANCELLED and no longer counts as open, so the resident may apply again. Only the kiosk
     * that created it may, for the resident it belongs to; anything else is APPLICATION_NOT_FOUND, so ids cannot be
     * probed. A pending order of that kiosk holding the fee is cancelled with it (the kiosk gave it up; the phone
     * can no longer pay it). Order rows are locked before the application, as a payment locks them, so a withdrawal
     * and a payment never interleave: whichever comes first wins. Idempotent by state: a CANCELLED application is
     * answered as it stands; one paid or processed (any other state) is APPLICATION_NOT_WITHDRAWABLE; one held by
     * another kiosk's pending order is ITEM_IN_PENDING_ORDER.
     */
    private static ApiResponse withdraw(Call call) throws Exception {
        WithdrawRequest req = call.body(WithdrawRequest.class);
        String id = call.path("applicationId");
        Connection c = call.db();
        List<String> ownOrders = new ArrayList<>();
        for (String orderId : pendingOrdersHolding(call, id)) {
            boolean stillPending = Sql.one(c, "SELECT status FROM payment_order WHERE order_id = ? AND kiosk_id = ? FOR UPDATE",
                    rs -> rs.getString(1), orderId, call.kioskId()).map("PENDING"::equals).orElse(false);
            if (stillPending) {
                ownOrders.add(orderId);
            }
        }
        record Owner(String residentId, String kioskId, String status) {
        }
        Owner app = Sql.one(c, "SELECT resident_id, kiosk_id, status FROM application WHERE application_id = ? FOR UPDATE",
                        rs -> new Owner(rs.getString(1), rs.getString(2), rs.getString(3)), id)
                .filter(a -> a.residentId().equals(req.residentId()) && call.kioskId().equals(a.kioskId()))
                .orElseThrow(() -> new ApiException(Refusal.APPLICATION_NOT_FOUND));
        if (app.status().equals("CANCELLED")) {
            return ApiResponse.ok(require(c, id));
        }
        if (!app.status().equals("AWAITING_PAYMENT")) {
            throw new ApiException(Refusal.APPLICATION_NOT_WITHDRAWABLE, "status " + app.status());
        }
        if (!ownOrders.containsAll(pendingOrdersHolding(call, id))) {
            throw new ApiException(Refusal.ITEM_IN_PENDING_ORDER, id); // another kiosk's, or one created meanwhile
        }
        for (String orderId : ownOrders) {
            Sql.update(c, "UPDATE payment_order SET status = 'CANCELLED' WHERE order_id = ?", orderId);
            Ledger.record(c, call, "ORDER_CANCELLED", Map.of("orderId", orderId));
        }
        Sql.update(c, "UPDATE application SET status = 'CANCELLED', updated_at = ? WHERE application_id = ?", call.now(), id);
        Ledger.record(c, call, "APPLICATION_WITHDRAWN", Map.of("applicationId", id));
        return ApiResponse.ok(require(c, id));
    }

    /** Unexpired pending orders that hold the application's fee, in id order (the order their rows are locked in). */
    private static List<String> pendingOrdersHolding(Call call, String applicationId) throws SQLException {
        return Sql.list(call.db(), "SELECT DISTINCT o.order_id FROM payment_order o JOIN order_item i ON i.order_id = o.order_id"
                        + " WHERE i.kind = 'APPLICATION_FEE' AND i.reference = ? AND o.status = 'PENDING' AND o.expires_at > ?"
                        + " ORDER BY o.order_id", rs -> rs.getString(1), applicationId, call.now());
    }

    static ApplicationView require(Connection c, String applicationId) throws SQLException {
        return Sql.one(c, "SELECT * FROM application WHERE application_id = ?", Applications::view, applicationId)
                .orElseThrow(() -> new ApiException(Refusal.ITEM_NOT_FOUND, "no such application"));
    }

    /** Opens an application and records the effect in the ledger. */
    static ApplicationView create(Call call, String residentId, String domain, String type, String status, long feeCents,
                                  Map<String, Object> details) throws Exception {
        String id = "A-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        Sql.update(call.db(), "INSERT INTO application(application_id, resident_id, domain, app_type, status, fee_cents, details,"
                        + " created_at, updated_at, kiosk_id, client_ref) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                id, residentId, domain, type, status, feeCents, Json.mapper().writeValueAsString(details), call.now(),
                call.now(), call.kioskId(), call.clientRef());
        Ledger.record(call.db(), call, "APPLICATION_CREATED", Map.of("applicationId", id, "type", type));
        return require(call.db(), id);
    }

    static boolean hasOpen(Connection c, String residentId, String type) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM application WHERE resident_id = ? AND app_type = ? AND status IN"
                + " ('AWAITING_PAYMENT','SUBMITTED','IN_REVIEW','APPROVED')", residentId, type) > 0;
    }

    static ApplicationView view(ResultSet rs) throws SQLException {
        Map<String, Object> details;
        try {
            details = Json.mapper().readValue(rs.getString("details"), new TypeReference<Map<String, Object>>() { });
        } catch (Exception e) {
            throw new SQLException("Unreadable application details", e);
        }
        String type = rs.getString("app_type");
        String status = rs.getString("status");
        String point = rs.getString("collection_point");
        return new ApplicationView(rs.getString("application_id"), rs.getString("domain"), type, status,
                rs.getLong("fee_cents"), details, point, Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                Titles.application(type, details).map(), Titles.status(status).map(),
                point == null ? null : Stations.collectionPointNamed(point).map(Stations.Text::map).orElse(null));
    }
}
