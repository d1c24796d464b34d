package kiosk.stub.api;

import java.sql.Connection;
import java.sql.SQLException;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.Call;
import kiosk.stub.http.Refusal;

/**
 * Who may touch an order. The kiosk that created it reads, pays, refunds and cancels it; any kiosk of
 * the same station (one service hall) may list it and record a reprint of its receipt, because the
 * resident stands there with the ID card. Another kiosk's order is answered as not found, so order ids
 * cannot be probed. Staff and admin routes are outside this rule.
 */
final class OrderScope {

    private OrderScope() {
    }

    /** The station of a kiosk; a kiosk without one is a station of its own. */
    static String stationOf(Connection c, String kioskId) throws SQLException {
        return Sql.one(c, "SELECT COALESCE(station_id, kiosk_id) FROM kiosk WHERE kiosk_id = ?", rs -> rs.getString(1), kioskId)
                .orElse(kioskId);
    }

    /** Refuses (as ORDER_NOT_FOUND) unless the calling kiosk created the order. */
    static void requireOwnOrder(Call call, String orderId) throws SQLException {
        String creator = Sql.one(call.db(), "SELECT kiosk_id FROM payment_order WHERE order_id = ?", rs -> rs.getString(1), orderId)
                .orElseThrow(() -> new ApiException(Refusal.ORDER_NOT_FOUND));
        if (!creator.equals(call.kioskId())) {
            throw new ApiException(Refusal.ORDER_NOT_FOUND);
        }
    }

    /** Refuses (as ORDER_NOT_FOUND) unless the order was created at a kiosk of the caller's station. */
    static void requireStationOrder(Call call, String orderId) throws SQLException {
        String creator = Sql.one(call.db(), "SELECT kiosk_id FROM payment_order WHERE order_id = ?", rs -> rs.getString(1), orderId)
                .orElseThrow(() -> new ApiException(Refusal.ORDER_NOT_FOUND));
        if (!creator.equals(call.kioskId())
                && !stationOf(call.db(), creator).equals(stationOf(call.db(), call.kioskId()))) {
            throw new ApiException(Refusal.ORDER_NOT_FOUND);
        }
    }
}
