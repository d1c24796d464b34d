package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import kiosk.stub.seed.Seeder;

/** Household registration and ID: residence permits, household registration certificates, temporary ID, ID card progress. */
public final class HouseholdApi {

    static final int RESIDENCE_MONTHS_REQUIRED = 6;
    static final int RESIDENCE_RENEWAL_WINDOW_DAYS = 30;
    static final long TEMPORARY_ID_FEE_CENTS = 1_000;
    static final Set<String> PURPOSES = Set.of("EMPLOYMENT", "EDUCATION", "TRAVEL", "SOCIAL_SECURITY", "OTHER");

    /** Residence permit (居住证): NEW needs the date residence in the city began; RENEWAL extends the current permit. */
    public record ResidencePermitRequest(String residentId, String kind, LocalDate residenceSince, String clientRef)
            implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.oneOf("kind", kind, Set.of("NEW", "RENEWAL"));
            Check.that(!"NEW".equals(kind) || residenceSince != null, "residenceSince", "is required for NEW");
            Check.maxLength("clientRef", clientRef, 80);
        }
    }

    /** Household registration certificate (户籍证明). */
    public record CertificateRequest(String residentId, String purpose, String clientRef) implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.oneOf("purpose", purpose, PURPOSES);
            Check.maxLength("clientRef", clientRef, 80);
        }
    }

    /** The issued certificate; the verification code lets a third party check it. */
    public record Certificate(String certificateId, String applicationId, String purpose, String hukouCity,
                              String verificationCode, Instant issuedAt, LocalDate validUntil) {
    }

    /** Temporary ID certificate while an ID card application is being processed. */
    public record TemporaryIdRequest(String residentId, String clientRef) implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.maxLength("clientRef", clientRef, 80);
        }
    }

    private HouseholdApi() {
    }

    public static List<Route> routes() {
        return List.of(
                Route.mutation("/api/v1/household/residence-permits/applications", HouseholdApi::residencePermit),
                Route.mutation("/api/v1/household/certificates", HouseholdApi::certificate),
                Route.mutation("/api/v1/household/temporary-id", HouseholdApi::temporaryId),
                Route.query(HandlerType.POST, "/api/v1/household/id-card/progress", HouseholdApi::idCardProgress));
    }

    /** The resident's residence permit in this city, if any. */
    record Permit(String id, LocalDate validUntil) {
    }

    /**
     * The residence permit rules (shared by the route and the eligibility check): NEW needs no local household
     * registration, no valid permit, six months of residence (checked once residenceSince is known) and no open
     * application; RENEWAL needs a permit inside its renewal window. Returns the current permit.
     */
    static Optional<Permit> residencePermitRules(Call call, ResidentRow r, String kind, LocalDate residenceSince)
            throws Exception {
        Connection c = call.db();
        requireResidentIdCard(r);
        if (r.localHukou()) {
            throw new ApiException(Refusal.LOCAL_HUKOU_NO_RESIDENCE_PERMIT);
        }
        Optional<Permit> current = Sql.one(c, "SELECT permit_id, valid_until FROM residence_permit WHERE resident_id = ? AND city = ?"
                        + " ORDER BY valid_until DESC LIMIT 1 FOR UPDATE",
                rs -> new Permit(rs.getString(1), Sql.date(rs, "valid_until")), r.residentId(), Seeder.LOCAL_CITY);
        LocalDate today = call.today();
        if ("NEW".equals(kind)) {
            if (current.isPresent() && !current.get().validUntil().isBefore(today)) {
                throw new ApiException(Refusal.RESIDENCE_PERMIT_STILL_VALID);
            }
            if (residenceSince != null) {
                Check.that(!residenceSince.isAfter(today), "residenceSince", "is not in the future");
                if (residenceSince.plusMonths(RESIDENCE_MONTHS_REQUIRED).isAfter(today)) {
                    throw new ApiException(Refusal.RESIDENCE_TOO_SHORT);
                }
            }
            if (Applications.hasOpen(c, r.residentId(), "RESIDENCE_PERMIT")) {
                throw new ApiException(Refusal.APPLICATION_ALREADY_OPEN);
            }
            return current;
        }
        Permit permit = current.orElseThrow(() -> new ApiException(Refusal.NO_RESIDENCE_PERMIT));
        if (today.isBefore(permit.validUntil().minusDays(RESIDENCE_RENEWAL_WINDOW_DAYS))) {
            throw new ApiException(Refusal.RESIDENCE_RENEWAL_TOO_EARLY);
        }
        return current;
    }

    private static ApiResponse residencePermit(Call call) throws Exception {
        ResidencePermitRequest req = call.body(ResidencePermitRequest.class);
        Connection c = call.db();
        ResidentRow r = ResidentRow.require(c, req.residentId());
        Optional<Permit> current = residencePermitRules(call, r, req.kind(), req.residenceSince());
        LocalDate today = call.today();
        if ("NEW".equals(req.kind())) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", "NEW");
            details.put("city", Seeder.LOCAL_CITY);
            details.put("residenceSince", req.residenceSince().toString());
            return ApiResponse.created(Applications.create(call, r.residentId(), "HOUSEHOLD", "RESIDENCE_PERMIT", "SUBMITTED", 0, details));
        }
        Permit permit = current.orElseThrow();
        LocalDate from = permit.validUntil().isBefore(today) ? today : permit.validUntil();
        LocalDate until = from.plusYears(1);
        Sql.update(c, "UPDATE residence_permit SET valid_until = ? WHERE permit_id = ?", until, permit.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", "RENEWAL");
        details.put("city", Seeder.LOCAL_CITY);
        details.put("permitId", permit.id());
        details.put("validUntil", until.toString());
        Ledger.record(c, call, "RESIDENCE_PERMIT_RENEWED", Map.of("permitId", permit.id(), "validUntil", until.toString()));
        return ApiResponse.created(Applications.create(call, r.residentId(), "HOUSEHOLD", "RESIDENCE_PERMIT", "APPROVED", 0, details));
    }

    /** Residence permits, temporary ID and travel permits are for Chinese citizens of the mainland (resident ID card holders). */
    static void requireResidentIdCard(ResidentRow r) {
        if (!"RESIDENT_ID".equals(r.documentType())) {
            throw new ApiException(Refusal.DOCUMENT_NOT_ACCEPTED);
        }
    }

    /** A household registration certificate needs local household registration. */
    static void certificateRules(ResidentRow r) {
        if (!r.localHukou()) {
            throw new ApiException(Refusal.NO_LOCAL_HUKOU);
        }
    }

    private static ApiResponse certificate(Call call) throws Exception {
        CertificateRequest req = call.body(CertificateRequest.class);
        Connection c = call.db();
        ResidentRow r = ResidentRow.require(c, req.residentId());
        certificateRules(r);
        String certificateId = "HC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        LocalDate validUntil = call.today().plusDays(90);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("certificateId", certificateId);
        details.put("purpose", req.purpose());
        details.put("validUntil", validUntil.toString());
        details.put("verificationCode", code);
        Applications.ApplicationView app = Applications.create(call, r.residentId(), "HOUSEHOLD", "HOUSEHOLD_CERTIFICATE",
                "COLLECTED", 0, details);
        Ledger.record(c, call, "HOUSEHOLD_CERTIFICATE_ISSUED", Map.of("certificateId", certificateId));
        return ApiResponse.created(new Certificate(certificateId, app.applicationId(), req.purpose(), r.hukouCity(), code,
                call.now(), validUntil));
    }

    /** A temporary ID certificate needs an ID card application in progress without one issued; returns that application. */
    static String temporaryIdRules(Call call, ResidentRow r) throws Exception {
        Connection c = call.db();
        requireResidentIdCard(r);
        String idApplication = Sql.one(c, "SELECT application_id FROM application WHERE resident_id = ? AND app_type = 'ID_CARD'"
                        + " AND status IN ('SUBMITTED','IN_REVIEW','APPROVED') ORDER BY created_at DESC LIMIT 1 FOR UPDATE",
                rs -> rs.getString(1), r.residentId())
                .orElseThrow(() -> new ApiException(Refusal.NO_ID_APPLICATION_IN_PROGRESS));
        if (Sql.count(c, "SELECT COUNT(*) FROM application WHERE resident_id = ? AND app_type = 'TEMPORARY_ID'"
                + " AND status <> 'CANCELLED' AND details LIKE ?", r.residentId(), "%\"" + idApplication + "\"%") > 0) {
            throw new ApiException(Refusal.TEMP_ID_ALREADY_ISSUED);
        }
        return idApplication;
    }

    private static ApiResponse temporaryId(Call call) throws Exception {
        TemporaryIdRequest req = call.body(TemporaryIdRequest.class);
        ResidentRow r = ResidentRow.require(call.db(), req.residentId());
        String idApplication = temporaryIdRules(call, r);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("idCardApplicationId", idApplication);
        details.put("validDays", 90);
        return ApiResponse.created(Applications.create(call, r.residentId(), "HOUSEHOLD", "TEMPORARY_ID", "AWAITING_PAYMENT",
                TEMPORARY_ID_FEE_CENTS, details));
    }

    private static ApiResponse idCardProgress(Call call) throws Exception {
        TrafficApi.ResidentRequest req = call.body(TrafficApi.ResidentRequest.class);
        ResidentRow.require(call.db(), req.residentId());
        return ApiResponse.ok(new Applications.ApplicationList(Sql.list(call.db(),
                "SELECT * FROM application WHERE resident_id = ? AND app_type = 'ID_CARD' ORDER BY created_at DESC, application_id",
                Applications::view, req.residentId())));
    }
}
