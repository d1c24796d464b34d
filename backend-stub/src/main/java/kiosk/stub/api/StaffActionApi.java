package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;

/**
 * What station staff did in a kiosk's admin mode, reported by the kiosk (time, staff id, action): the
 * operations side's audit trail. A kiosk reports and reads only its own actions; an ID number in a
 * report is refused, so personal data cannot pile up here by mistake.
 */
public final class StaffActionApi {

    static final Set<String> ACTIONS = Set.of("ENTERED", "ENTRY_REFUSED", "LOCKED_OUT", "TEST_PRINT", "TEST_CARD_READ",
            "TEST_SCAN", "PAPER_REFILLED", "SERVICE_DISABLED", "SERVICE_ENABLED", "CONFIG_RELOADED", "CONFIG_RELOAD_FAILED",
            "CALL_ANSWERED", "RESTART", "EXITED");

    /** One action as the kiosk journaled it; {@code sequence} is its number in the kiosk's own journal. */
    public record StaffAction(Long sequence, Instant at, String staffId, String action, String subject, String detail)
            implements Call.Validated {
        @Override
        public void validate() {
            Check.that(sequence != null && sequence > 0, "sequence", "is a positive integer");
            Check.that(at != null, "at", "is required");
            Check.required("staffId", staffId);
            Check.maxLength("staffId", staffId, 32);
            Check.oneOf("action", action, ACTIONS);
            Check.maxLength("subject", subject, 100);
            Check.maxLength("detail", detail, 500);
            Check.that(!(String.valueOf(subject) + " " + detail).matches("(?s).*(?<![0-9])[0-9]{17}[0-9Xx](?![0-9]).*"),
                    "detail", "must not contain an ID number");
        }
    }

    /** The stub's receipt of a reported action. */
    public record Recorded(long actionId, Instant receivedAt) {
    }

    /** One stored action. */
    public record StoredAction(long actionId, long sequence, Instant at, String staffId, String action, String subject,
                               String detail, Instant receivedAt) {
    }

    /** A kiosk's actions, newest first. */
    public record StaffActions(String kioskId, List<StoredAction> actions) {
    }

    private StaffActionApi() {
    }

    public static List<Route> routes() {
        return List.of(
                Route.mutation("/api/v1/fleet/kiosks/{kioskId}/staff-actions", StaffActionApi::report),
                Route.query(HandlerType.GET, "/api/v1/fleet/kiosks/{kioskId}/staff-actions", StaffActionApi::list));
    }

    private static String ownKiosk(Call call) {
        String kioskId = call.path("kioskId");
        if (!kioskId.equals(call.kioskId())) {
            throw new ApiException(Refusal.KIOSK_MISMATCH);
        }
        return kioskId;
    }

    private static ApiResponse report(Call call) throws Exception {
        String kioskId = ownKiosk(call);
        StaffAction a = call.body(StaffAction.class);
        Sql.update(call.db(), "INSERT INTO staff_action(kiosk_id, sequence, at, staff_id, action, subject, detail, received_at)"
                        + " VALUES (?,?,?,?,?,?,?,?)", kioskId, a.sequence(), a.at(), a.staffId(), a.action(),
                a.subject() == null ? "" : a.subject(), a.detail() == null ? "" : a.detail(), call.now());
        long id = Sql.one(call.db(), "SELECT MAX(action_id) FROM staff_action WHERE kiosk_id = ?", rs -> rs.getLong(1), kioskId)
                .orElseThrow();
        return ApiResponse.ok(new Recorded(id, call.now()));
    }

    private static ApiResponse list(Call call) throws Exception {
        String kioskId = ownKiosk(call);
        List<StoredAction> actions = Sql.list(call.db(), "SELECT * FROM staff_action WHERE kiosk_id = ? ORDER BY action_id DESC LIMIT 100",
                rs -> new StoredAction(rs.getLong("action_id"), rs.getLong("sequence"), Sql.instant(rs, "at"), rs.getString("staff_id"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("detail"), Sql.instant(rs, "received_at")),
                kioskId);
        return ApiResponse.ok(new StaffActions(kioskId, actions));
    }
}
