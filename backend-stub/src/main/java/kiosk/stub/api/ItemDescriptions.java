package kiosk.stub.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosk.stub.db.Sql;
import kiosk.stub.seed.Offence;

/** An order's items with what a receipt needs to print each from backend data alone (reprint at any kiosk). */
final class ItemDescriptions {

    private ItemDescriptions() {
    }

    static List<PaymentApi.ItemView> items(Connection c, String orderId) throws SQLException {
        record Row(String kind, String reference, long amount) {
        }
        List<Row> rows = Sql.list(c, "SELECT kind, reference, amount_cents FROM order_item WHERE order_id = ? ORDER BY position",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3)), orderId);
        List<PaymentApi.ItemView> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(row.kind().equals("TRAFFIC_FINE") ? fine(c, row.reference(), row.amount())
                    : application(c, row.reference(), row.amount()));
        }
        return items;
    }

    private static PaymentApi.ItemView fine(Connection c, String violationId, long amount) throws SQLException {
        return Sql.one(c, "SELECT offence, plate, occurred_at, location FROM violation WHERE violation_id = ?",
                rs -> new PaymentApi.ItemView("TRAFFIC_FINE", violationId, amount,
                        new LinkedHashMap<>(Offence.valueOf(rs.getString("offence")).description()), rs.getString("plate"),
                        Sql.instant(rs, "occurred_at"), rs.getString("location")), violationId)
                .orElse(new PaymentApi.ItemView("TRAFFIC_FINE", violationId, amount, unknown(), null, null, null));
    }

    private static PaymentApi.ItemView application(Connection c, String applicationId, long amount) throws SQLException {
        return Sql.one(c, "SELECT * FROM application WHERE application_id = ?", Applications::view, applicationId)
                .map(a -> new PaymentApi.ItemView("APPLICATION_FEE", applicationId, amount, a.title(), null, null, null))
                .orElse(new PaymentApi.ItemView("APPLICATION_FEE", applicationId, amount, unknown(), null, null, null));
    }

    private static Map<String, String> unknown() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh-CN", "缴费项目");
        m.put("zh-TW", "繳費項目");
        m.put("en", "Payment item");
        return m;
    }
}
