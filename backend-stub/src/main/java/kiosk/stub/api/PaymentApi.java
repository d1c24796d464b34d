package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
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

/**
 * Scan-to-pay orders. The server prices every item (the kiosk never sends amounts); a pending order holds
 * its items until it is paid or expires; paying settles the items; a refund releases them again.
 */
public final class PaymentApi {

    public static final Set<String> ITEM_KINDS = Set.of("TRAFFIC_FINE", "APPLICATION_FEE");

    /** One thing to pay for. */
    public record ItemRequest(String kind, String reference) {
    }

    /** Create an order for a resident. */
    public record CreateOrderRequest(String residentId, String clientRef, List<ItemRequest> items)
            implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.maxLength("clientRef", clientRef, 80);
            Check.notEmpty("items", items);
            Check.that(items.size() <= 20, "items", "holds at most 20 items");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                ItemRequest item = items.get(i);
                Check.that(item != null, "items[" + i + "]", "is an object");
                Check.oneOf("items[" + i + "].kind", item.kind(), ITEM_KINDS);
                Check.required("items[" + i + "].reference", item.reference());
                Check.that(seen.add(item.kind() + ":" + item.reference()), "items[" + i + "]", "is listed twice");
            }
        }
    }

    /** The simulated payer's optional body. */
    public record PayRequest(String method) implements Call.Validated {
        @Override
        public void validate() {
            if (method != null) {
                Check.oneOf("method", method, Set.of("WECHAT_PAY", "ALIPAY", "UNIONPAY_QUICKPASS"));
            }
        }
    }

    /** Refund of a paid order. */
    public record RefundRequest(String reason, String clientRef) implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("reason", reason);
            Check.maxLength("reason", reason, 200);
            Check.maxLength("clientRef", clientRef, 80);
        }
    }

    /**
     * A priced item with what a receipt prints for it: the fine's offence or the application's title, and for
     * a fine its plate, time and place.
     */
    public record ItemView(String kind, String reference, long amountCents, Map<String, String> description, String plate,
                           Instant occurredAt, String location) {
    }

    /** An order and where it stands. */
    public record OrderView(String orderId, String residentId, String status, long amountCents, String qrPayload,
                            List<ItemView> items, Instant createdAt, Instant expiresAt, Instant paidAt, Instant refundedAt,
                            String clientRef) {
    }

    private final Duration orderTtl;

    public PaymentApi(Duration orderTtl) {
        this.orderTtl = orderTtl;
    }

    public List<Route> routes() {
        return List.of(
                Route.mutation("/api/v1/payments/orders", this::create),
                Route.query(HandlerType.GET, "/api/v1/payments/orders/{orderId}", PaymentApi::get),
                Route.mutation("/api/v1/payments/orders/{orderId}/pay", PaymentApi::pay),
                Route.mutation("/api/v1/payments/orders/{orderId}/refund", PaymentApi::refund),
                Route.mutation("/api/v1/payments/orders/{orderId}/cancel", PaymentApi::cancel));
    }

    private ApiResponse create(Call call) throws Exception {
        CreateOrderRequest req = call.body(CreateOrderRequest.class);
        Connection c = call.db();
        ResidentRow.require(c, req.residentId());
        String orderId = "O-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
        long total = 0;
        int position = 0;
        Sql.update(c, "INSERT INTO payment_order(order_id, resident_id, kiosk_id, client_ref, amount_cents, status, created_at,"
                        + " expires_at) VALUES (?,?,?,?,0,'PENDING',?,?)", orderId, req.residentId(), call.kioskId(),
                req.clientRef(), call.now(), call.now().plus(orderTtl));
        for (ItemRequest item : req.items()) {
            long amount = price(call, req.residentId(), item);
            Sql.update(c, "INSERT INTO order_item VALUES (?,?,?,?,?)", orderId, position++, item.kind(), item.reference(), amount);
            total += amount;
        }
        Sql.update(c, "UPDATE payment_order SET amount_cents = ? WHERE order_id = ?", total, orderId);
        Ledger.record(c, call, "ORDER_CREATED", Map.of("orderId", orderId, "amountCents", Long.toString(total)));
        return ApiResponse.created(view(c, orderId));
    }

    /** Locks the item's row, checks it may be paid now, and returns its price. */
    private static long price(Call call, String residentId, ItemRequest item) throws SQLException {
        Connection c = call.db();
        long amount;
        if (item.kind().equals("TRAFFIC_FINE")) {
            record Fine(String status, long cents) {
            }
            Fine fine = Sql.one(c, "SELECT status, fine_cents FROM violation WHERE violation_id = ? FOR UPDATE",
                    rs -> new Fine(rs.getString(1), rs.getLong(2)), item.reference())
                    .orElseThrow(() -> new ApiException(Refusal.ITEM_NOT_FOUND, item.reference()));
            if (fine.status().equals("COUNTER_ONLY")) {
                throw new ApiException(Refusal.VIOLATION_NEEDS_COUNTER, item.reference());
            }
            if (!fine.status().equals("UNPAID")) {
                throw new ApiException(Refusal.ITEM_NOT_PAYABLE, item.reference());
            }
            amount = fine.cents();
        } else {
            record Fee(String owner, String status, long cents) {
            }
            Fee fee = Sql.one(c, "SELECT resident_id, status, fee_cents FROM application WHERE application_id = ? FOR UPDATE",
                    rs -> new Fee(rs.getString(1), rs.getString(2), rs.getLong(3)), item.reference())
                    .orElseThrow(() -> new ApiException(Refusal.ITEM_NOT_FOUND, item.reference()));
            if (!fee.owner().equals(residentId)) {
                throw new ApiException(Refusal.ITEM_NOT_OWNED, item.reference());
            }
            if (!fee.status().equals("AWAITING_PAYMENT") || fee.cents() <= 0) {
                throw new ApiException(Refusal.ITEM_NOT_PAYABLE, item.reference());
            }
            amount = fee.cents();
        }
        if (Sql.count(c, "SELECT COUNT(*) FROM order_item i JOIN payment_order o ON o.order_id = i.order_id"
                        + " WHERE i.reference = ? AND i.kind = ? AND o.status = 'PENDING' AND o.expires_at > ?",
                item.reference(), item.kind(), call.now()) > 0) {
            throw new ApiException(Refusal.ITEM_IN_PENDING_ORDER, item.reference());
        }
        return amount;
    }

    private static ApiResponse get(Call call) throws Exception {
        String orderId = call.path("orderId");
        OrderScope.requireOwnOrder(call, orderId);
        lockedStatus(call, orderId);
        return ApiResponse.ok(view(call.db(), orderId));
    }

    /** The order's status after applying expiry; locks the order row. */
    private static String lockedStatus(Call call, String orderId) throws SQLException {
        record Row(String status, Instant expiresAt, String clientRef) {
        }
        Row row = Sql.one(call.db(), "SELECT status, expires_at, client_ref FROM payment_order WHERE order_id = ? FOR UPDATE",
                rs -> new Row(rs.getString(1), Sql.instant(rs, "expires_at"), rs.getString(3)), orderId)
                .orElseThrow(() -> new ApiException(Refusal.ORDER_NOT_FOUND));
        if (call.clientRef() == null) {
            call.clientRef(row.clientRef()); // the ledger ties pay and refund to the kiosk's transaction
        }
        if (row.status().equals("PENDING") && !row.expiresAt().isAfter(call.now())) {
            Sql.update(call.db(), "UPDATE payment_order SET status = 'EXPIRED' WHERE order_id = ?", orderId);
            return "EXPIRED";
        }
        return row.status();
    }

    private static ApiResponse pay(Call call) throws Exception {
        if (call.hasBody()) {
            call.body(PayRequest.class);
        }
        return settle(call, call.path("orderId"));
    }

    /** Pays a pending order and settles its items: the one settlement behind every way of paying. */
    static ApiResponse settle(Call call, String orderId) throws Exception {
        OrderScope.requireOwnOrder(call, orderId);
        String status = lockedStatus(call, orderId);
        if (status.equals("EXPIRED")) {
            // Answer (not throw) so the transaction commits the expiry itself.
            return ApiResponse.refusal(Refusal.ORDER_EXPIRED);
        }
        if (!status.equals("PENDING")) {
            throw new ApiException(Refusal.ORDER_NOT_PENDING);
        }
        Connection c = call.db();
        Sql.update(c, "UPDATE payment_order SET status = 'PAID', paid_at = ? WHERE order_id = ?", call.now(), orderId);
        Sql.update(c, "UPDATE violation SET status = 'PAID', paid_order_id = ? WHERE violation_id IN"
                + " (SELECT reference FROM order_item WHERE order_id = ? AND kind = 'TRAFFIC_FINE')", orderId, orderId);
        Sql.update(c, "UPDATE application SET status = 'SUBMITTED', updated_at = ? WHERE application_id IN"
                + " (SELECT reference FROM order_item WHERE order_id = ? AND kind = 'APPLICATION_FEE')", call.now(), orderId);
        Ledger.record(c, call, "ORDER_PAID", Map.of("orderId", orderId));
        return ApiResponse.ok(view(c, orderId));
    }

    private static ApiResponse refund(Call call) throws Exception {
        RefundRequest req = call.body(RefundRequest.class);
        String orderId = call.path("orderId");
        OrderScope.requireOwnOrder(call, orderId);
        if (!lockedStatus(call, orderId).equals("PAID")) {
            throw new ApiException(Refusal.ORDER_NOT_PAID);
        }
        Connection c = call.db();
        Sql.update(c, "UPDATE payment_order SET status = 'REFUNDED', refunded_at = ?, refund_reason = ? WHERE order_id = ?",
                call.now(), req.reason(), orderId);
        Sql.update(c, "UPDATE violation SET status = 'UNPAID', paid_order_id = NULL WHERE paid_order_id = ?", orderId);
        Sql.update(c, "UPDATE application SET status = 'CANCELLED', updated_at = ? WHERE application_id IN"
                + " (SELECT reference FROM order_item WHERE order_id = ? AND kind = 'APPLICATION_FEE')", call.now(), orderId);
        Ledger.record(c, call, "ORDER_REFUNDED", Map.of("orderId", orderId));
        return ApiResponse.ok(view(c, orderId));
    }

    /**
     * The kiosk gave up on the order: a pending order is cancelled and its items are free again. The
     * order row is locked, so a cancel and the resident's payment never interleave: whichever comes first
     * wins, and the answer always says where the order ended (CANCELLED, or PAID: the receipt is owed;
     * or EXPIRED, REFUNDED). Never refused for a state, so a resent cancel gets the same answer.
     */
    private static ApiResponse cancel(Call call) throws Exception {
        if (call.hasBody()) {
            call.body(CancelRequest.class);
        }
        String orderId = call.path("orderId");
        OrderScope.requireOwnOrder(call, orderId);
        String status = lockedStatus(call, orderId);
        Connection c = call.db();
        if (status.equals("PENDING")) {
            Sql.update(c, "UPDATE payment_order SET status = 'CANCELLED' WHERE order_id = ?", orderId);
            Ledger.record(c, call, "ORDER_CANCELLED", Map.of("orderId", orderId));
        }
        return ApiResponse.ok(view(c, orderId));
    }

    /** The cancel's optional body. */
    public record CancelRequest(String clientRef) implements Call.WithClientRef {
    }

    static OrderView view(Connection c, String orderId) throws SQLException {
        List<ItemView> items = ItemDescriptions.items(c, orderId);
        return Sql.one(c, "SELECT * FROM payment_order WHERE order_id = ?", rs -> new OrderView(orderId,
                        rs.getString("resident_id"), rs.getString("status"), rs.getLong("amount_cents"),
                        "stubpay://order/" + orderId + "?amountCents=" + rs.getLong("amount_cents"), items,
                        Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "paid_at"),
                        Sql.instant(rs, "refunded_at"), rs.getString("client_ref")), orderId)
                .orElseThrow(() -> new ApiException(Refusal.ORDER_NOT_FOUND));
    }
}
