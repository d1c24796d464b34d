package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;
import kiosk.stub.seed.IdNumbers;

/** Resident lookup after identification (ID card read, face compared by the kiosk). */
public final class ResidentApi {

    /** Lookup request: both fields as read from the ID card. */
    public record LookupRequest(String idNumber, String name) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("idNumber", idNumber);
            Check.required("name", name);
            Check.maxLength("name", name, 64);
            if (!IdNumbers.isValid(idNumber)) {
                throw new ApiException(Refusal.INVALID_ID_NUMBER);
            }
        }

        @Override
        public String toString() {
            return "LookupRequest[masked]";
        }
    }

    /** The resident as the kiosk may show it. */
    public record ResidentView(String residentId, String name, String idNumberMasked, int sex, String nation,
                               LocalDate birthDate, String hukouCity, boolean localHukou, LocalDate idValidUntil) {
        @Override
        public String toString() {
            return "ResidentView[" + residentId + "]";
        }
    }

    private ResidentApi() {
    }

    public static List<Route> routes() {
        return List.of(Route.query(HandlerType.POST, "/api/v1/residents/lookup", ResidentApi::lookup));
    }

    private static ApiResponse lookup(Call call) throws Exception {
        LookupRequest req = call.body(LookupRequest.class);
        String residentId = Sql.one(call.db(), "SELECT resident_id, name FROM resident WHERE id_number = ?",
                        rs -> rs.getString("name").equals(req.name().strip()) ? rs.getString(1) : null, req.idNumber())
                .orElse(null);
        if (residentId == null) {
            throw new ApiException(Refusal.RESIDENT_NOT_FOUND);
        }
        ResidentRow r = ResidentRow.require(call.db(), residentId);
        return ApiResponse.ok(new ResidentView(r.residentId(), r.name(), IdNumbers.mask(r.idNumber()), r.sex(), r.nation(),
                r.birthDate(), r.hukouCity(), r.localHukou(), r.idValidUntil()));
    }
}
