package kiosk.stub.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiosk.stub.db.Sql;
import kiosk.stub.json.Json;

/**
 * Every business effect the stub applies, written in the same transaction as the effect, so the crash
 * harness can count lost and duplicated effects. References are ids (orders, violations, applications),
 * never personal data.
 */
public final class Ledger {

    /** One applied effect. */
    public record Entry(long seq, String kind, String kioskId, String idempotencyKey, String clientRef,
                        Map<String, String> references, Instant at) {
    }

    private Ledger() {
    }

    public static void record(Connection c, Call call, String kind, Map<String, String> references) throws SQLException {
        try {
            Sql.update(c, "INSERT INTO ledger(kind, kiosk_id, idem_key, client_ref, refs, at) VALUES (?,?,?,?,?,?)",
                    kind, call.kioskId(), call.idempotencyKey(), call.clientRef(),
                    Json.mapper().writeValueAsString(references), call.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Entry> query(Connection c, String kind, String kioskId, String clientRef, long afterSeq)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM ledger WHERE seq > ?");
        List<Object> args = new ArrayList<>(List.of(afterSeq));
        if (kind != null) {
            sql.append(" AND kind = ?");
            args.add(kind);
        }
        if (kioskId != null) {
            sql.append(" AND kiosk_id = ?");
            args.add(kioskId);
        }
        if (clientRef != null) {
            sql.append(" AND client_ref = ?");
            args.add(clientRef);
        }
        sql.append(" ORDER BY seq");
        return Sql.list(c, sql.toString(), rs -> {
            Map<String, String> refs;
            try {
                refs = Json.mapper().readValue(rs.getString("refs"), new TypeReference<Map<String, String>>() { });
            } catch (JsonProcessingException e) {
                throw new SQLException("Unreadable ledger references", e);
            }
            return new Entry(rs.getLong("seq"), rs.getString("kind"), rs.getString("kiosk_id"),
                    rs.getString("idem_key"), rs.getString("client_ref"), refs, Sql.instant(rs, "at"));
        }, args.toArray());
    }
}
