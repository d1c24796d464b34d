package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;

/**
 * QR identity codes (the e-ID / electronic certificate a resident shows on a phone, valid a few minutes).
 * The stub plays the issuing authority: a code is {@code EID1.<residentId>.<issued epoch second>.<HMAC>},
 * signed with the stub's key and valid for {@link #VALIDITY} from its issue time by the stub clock, so a test or
 * the demo panel can ask for a valid (or already expired) code of any resident and get the same code every time.
 */
public final class IdentityApi {

    public static final Duration VALIDITY = Duration.ofMinutes(3);
    /** A phone's clock may run a little ahead of the stub's. */
    static final Duration SKEW = Duration.ofSeconds(30);
    private static final String PREFIX = "EID1";
    private static final byte[] KEY = "backend-stub e-ID signing key (synthetic)".getBytes(StandardCharsets.UTF_8);

    /** A scanned code. */
    public record QrRequest(String payload) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("payload", payload);
            Check.maxLength("payload", payload, 512);
        }

        @Override
        public String toString() {
            return "QrRequest[masked]";
        }
    }

    /** Admin: issue a code for a resident, now or at a given time (to make an expired one). */
    public record IssueRequest(String residentId, Instant issuedAt) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
        }
    }

    /** An issued code. */
    public record IdentityCode(String residentId, String payload, Instant issuedAt, Instant expiresAt) {
    }

    private IdentityApi() {
    }

    public static List<Route> routes() {
        return List.of(
                Route.query(HandlerType.POST, "/api/v1/identity/qr", IdentityApi::qr),
                new Route(HandlerType.POST, "/admin/identity-codes", Route.Access.ADMIN, false, IdentityApi::issue));
    }

    /** The code of a resident issued at a time; deterministic. */
    public static String payload(String residentId, Instant issuedAt) {
        String body = PREFIX + "." + residentId + "." + issuedAt.getEpochSecond();
        return body + "." + sign(body);
    }

    private static ApiResponse qr(Call call) throws Exception {
        return ApiResponse.ok(resolve(call, call.body(QrRequest.class).payload()));
    }

    /** The resident a code names, or the refusal: malformed, unknown (bad signature, no such resident), expired. */
    static ResidentApi.ResidentView resolve(Call call, String payload) throws Exception {
        String[] parts = payload.strip().split("\\.");
        if (parts.length != 4 || !parts[0].equals(PREFIX) || !parts[1].matches("R-\\d{6}") || !parts[2].matches("\\d{1,12}")) {
            throw new ApiException(Refusal.IDENTITY_CODE_MALFORMED);
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            throw new ApiException(Refusal.IDENTITY_CODE_UNKNOWN);
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (issued.isAfter(call.now().plus(SKEW))) {
            throw new ApiException(Refusal.IDENTITY_CODE_UNKNOWN, "issued in the future");
        }
        if (!issued.plus(VALIDITY).isAfter(call.now())) {
            throw new ApiException(Refusal.IDENTITY_CODE_EXPIRED);
        }
        ResidentRow r = Sql.one(call.db(), "SELECT * FROM resident WHERE resident_id = ?", ResidentRow::of, parts[1])
                .orElseThrow(() -> new ApiException(Refusal.IDENTITY_CODE_UNKNOWN));
        return ResidentApi.view(r, "E_ID");
    }

    private static ApiResponse issue(Call call) throws Exception {
        IssueRequest req = call.body(IssueRequest.class);
        ResidentRow.require(call.db(), req.residentId());
        Instant issued = req.issuedAt() == null ? call.now() : req.issuedAt();
        issued = Instant.ofEpochSecond(issued.getEpochSecond());
        return ApiResponse.created(new IdentityCode(req.residentId(), payload(req.residentId(), issued), issued,
                issued.plus(VALIDITY)));
    }

    private static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] tag = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(tag, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
