package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;
import kiosk.stub.seed.IdNumbers;

/**
 * Resident lookup after identification: the resident ID card, the foreigner's permanent residence card, the
 * residence permit for Hong Kong, Macao and Taiwan residents (read by the SAM module, face compared by the
 * kiosk), or an e-ID QR code shown on a phone.
 */
public final class ResidentApi {

    public static final Set<String> DOCUMENT_TYPES = Set.of("RESIDENT_ID", "FOREIGN_PERMANENT", "HMT_RESIDENCE", "E_ID");

    /**
     * Lookup request: the document's number and name as read from the card (documentType defaults to
     * RESIDENT_ID), or for E_ID the scanned payload alone.
     */
    public record LookupRequest(String idNumber, String name, String documentType, String payload) implements Call.Validated {
        @Override
        public void validate() {
            String type = type();
            Check.oneOf("documentType", type, DOCUMENT_TYPES);
            if (type.equals("E_ID")) {
                Check.required("payload", payload);
                Check.that(idNumber == null && name == null, "idNumber|name", "are not sent with an E_ID payload");
                return;
            }
            Check.that(payload == null, "payload", "goes with documentType E_ID only");
            Check.required("idNumber", idNumber);
            Check.required("name", name);
            Check.maxLength("name", name, 80);
            boolean valid = switch (type) {
                case "FOREIGN_PERMANENT" -> idNumber.matches("[A-Z]{3}\\d{12}") || idNumber.startsWith("9") && IdNumbers.isValid(idNumber);
                case "HMT_RESIDENCE" -> idNumber.matches("8[123]\\d{16}") && IdNumbers.isValid(idNumber);
                default -> IdNumbers.isValid(idNumber);
            };
            if (!valid) {
                throw new ApiException(Refusal.INVALID_ID_NUMBER);
            }
        }

        String type() {
            return documentType == null ? "RESIDENT_ID" : documentType;
        }

        @Override
        public String toString() {
            return "LookupRequest[masked]";
        }
    }

    /**
     * The resident as the kiosk may show it. documentType is the document this identification used; nation is
     * absent for holders of a foreign or Hong Kong/Macao/Taiwan document, nameLatin present for foreigners.
     */
    public record ResidentView(String residentId, String name, String nameLatin, String documentType, String idNumberMasked,
                               int sex, String nation, LocalDate birthDate, String hukouCity, boolean localHukou,
                               LocalDate idValidUntil) {
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
        if (req.type().equals("E_ID")) {
            return ApiResponse.ok(IdentityApi.resolve(call, req.payload()));
        }
        Optional<ResidentRow> row = Sql.one(call.db(), "SELECT * FROM resident WHERE id_number = ? AND document_type = ?",
                ResidentRow::of, req.idNumber(), req.type());
        ResidentRow r = row.filter(found -> sameName(found, req.name())).orElseThrow(() -> new ApiException(Refusal.RESIDENT_NOT_FOUND));
        return ApiResponse.ok(view(r, req.type()));
    }

    /** The card's name against the register: the Chinese name, or for foreigners the English name as well. */
    private static boolean sameName(ResidentRow r, String name) {
        String read = name.strip();
        if (r.name().equals(read)) {
            return true;
        }
        return r.nameLatin() != null && normalizeLatin(r.nameLatin()).equals(normalizeLatin(read));
    }

    private static String normalizeLatin(String name) {
        return name.replaceAll("[\\s,]+", " ").strip().toUpperCase(Locale.ROOT);
    }

    static ResidentView view(ResidentRow r, String identifiedBy) {
        return new ResidentView(r.residentId(), r.name(), r.nameLatin(), identifiedBy, IdNumbers.mask(r.idNumber()), r.sex(),
                r.nation(), r.birthDate(), r.hukouCity(), r.localHukou(), r.idValidUntil());
    }
}
