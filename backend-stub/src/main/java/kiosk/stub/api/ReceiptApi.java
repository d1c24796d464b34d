package kiosk.stub.api;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.javalin.http.HandlerType;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Ledger;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;

/** Receipt records: the kiosk reports each printed receipt; a resident's paid orders can be reprinted by ID card. */
public final class ReceiptApi {

    /** Records a printed receipt (the first is ORIGINAL, later ones REPRINT). */
    public record ReceiptRequest(String orderId, String residentId, String clientRef) implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("orderId", orderId);
            Check.required("residentId", residentId);
            Check.maxLength("clientRef", clientRef, 80);
        }
    }

    /** A receipt record. */
    public record ReceiptView(String receiptId, String orderId, String kind, String kioskId, Instant printedAt, long amountCents) {
    }

    /** A paid order of the resident and how often its receipt was printed (0 = paid but never printed). */
    public record PaidOrder(String orderId, String status, long amountCents, Instant paidAt, int receiptCount,
                            String kioskId, List<PaymentApi.ItemView> items) {
    }

    /** The reprint list. */
    public record ReceiptList(List<ReceiptView> receipts, List<PaidOrder> paidOrders) {
    }

    /** A resident's query. */
    public record ReceiptQuery(String residentId) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
        }
    }

    private ReceiptApi() {
    }

    public static List<Route> routes() {
        return List.of(
                Route.mutation("/api/v1/receipts", ReceiptApi::record),
                Route.query(HandlerType.POST, "/api/v1/receipts/query", ReceiptApi::query));
    }

    private static ApiResponse record(Call call) throws Exception {
        ReceiptRequest req = call.body(ReceiptRequest.class);
        Connection c = call.db();
        OrderScope.requireStationOrder(call, req.orderId());
        record Order(String residentId, String status, long amount) {
        }
        Order order = Sql.one(c, "SELECT resident_id, status, amount_cents FROM payment_order WHERE order_id = ? FOR UPDATE",
                rs -> new Order(rs.getString(1), rs.getString(2), rs.getLong(3)), req.orderId())
                .orElseThrow(() -> new ApiException(Refusal.ORDER_NOT_FOUND));
        if (!order.residentId().equals(req.residentId())) {
            throw new ApiException(Refusal.ORDER_RESIDENT_MISMATCH);
        }
        if (!order.status().equals("PAID")) {
            throw new ApiException(Refusal.ORDER_NOT_PAID);
        }
        long printed = Sql.count(c, "SELECT COUNT(*) FROM receipt WHERE order_id = ?", req.orderId());
        String receiptId = "RC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        String kind = printed == 0 ? "ORIGINAL" : "REPRINT";
        Sql.update(c, "INSERT INTO receipt VALUES (?,?,?,?,?,?,?)", receiptId, req.orderId(), req.residentId(), call.kioskId(),
                req.clientRef(), kind, call.now());
        Ledger.record(c, call, "RECEIPT_RECORDED", Map.of("receiptId", receiptId, "orderId", req.orderId(), "kind", kind));
        return ApiResponse.created(new ReceiptView(receiptId, req.orderId(), kind, call.kioskId(), call.now(), order.amount()));
    }

    private static ApiResponse query(Call call) throws Exception {
        ReceiptQuery req = call.body(ReceiptQuery.class);
        Connection c = call.db();
        ResidentRow.require(c, req.residentId());
        // Only orders made at the kiosks of the caller's station: the resident can reprint anywhere in the hall.
        String station = OrderScope.stationOf(c, call.kioskId());
        String ofStation = " JOIN kiosk k ON k.kiosk_id = o.kiosk_id AND COALESCE(k.station_id, k.kiosk_id) = ?";
        List<ReceiptView> receipts = Sql.list(c, "SELECT r.*, o.amount_cents FROM receipt r JOIN payment_order o ON o.order_id = r.order_id"
                        + ofStation + " WHERE r.resident_id = ? ORDER BY r.printed_at DESC, r.receipt_id",
                rs -> new ReceiptView(rs.getString("receipt_id"), rs.getString("order_id"), rs.getString("kind"),
                        rs.getString("kiosk_id"), Sql.instant(rs, "printed_at"), rs.getLong("amount_cents")), station,
                req.residentId());
        List<String> orderIds = Sql.list(c, "SELECT o.order_id FROM payment_order o" + ofStation
                + " WHERE o.resident_id = ? AND o.status = 'PAID' ORDER BY o.paid_at DESC, o.order_id", rs -> rs.getString(1),
                station, req.residentId());
        List<PaidOrder> paid = new java.util.ArrayList<>();
        for (String id : orderIds) {
            PaymentApi.OrderView o = PaymentApi.view(c, id);
            int count = (int) Sql.count(c, "SELECT COUNT(*) FROM receipt WHERE order_id = ?", id);
            String kiosk = Sql.one(c, "SELECT kiosk_id FROM payment_order WHERE order_id = ?", rs -> rs.getString(1), id).orElse(null);
            paid.add(new PaidOrder(id, o.status(), o.amountCents(), o.paidAt(), count, kiosk, o.items()));
        }
        return ApiResponse.ok(new ReceiptList(receipts, paid));
    }
}
