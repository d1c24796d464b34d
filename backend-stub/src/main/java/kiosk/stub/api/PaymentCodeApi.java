package kiosk.stub.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Ledger;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;

/**
 * Payment by the resident's own payment code (付款码), shown on the phone and scanned by the kiosk. The stub
 * plays the acquirer: it recognises the wallet by the code's prefix, accepts each code once (a presented code
 * is spent, as real codes are), and settles the order exactly as the scan-to-pay route does.
 */
public final class PaymentCodeApi {

    /** WeChat Pay: 18 digits starting 10-15. */
    static final Pattern WECHAT = Pattern.compile("1[0-5]\\d{16}");
    /** Alipay: 16 to 24 digits starting 25-30. */
    static final Pattern ALIPAY = Pattern.compile("(2[5-9]|30)\\d{14,22}");
    /** UnionPay QuickPass: 19 digits starting 62. */
    static final Pattern UNIONPAY = Pattern.compile("62\\d{17}");
    /** Test codes for demos and tests: always accepted once each, or always expired. */
    public static final String STUB_CODE_PREFIX = "STUBPAY";
    public static final String STUB_EXPIRED = "STUBPAY-EXPIRED";

    /** The scanned code. */
    public record PayByCodeRequest(String code, String clientRef) implements Call.Validated, Call.WithClientRef {
        @Override
        public void validate() {
            Check.required("code", code);
            Check.maxLength("code", code, 64);
            Check.maxLength("clientRef", clientRef, 80);
        }

        @Override
        public String toString() {
            return "PayByCodeRequest[masked]";
        }
    }

    private PaymentCodeApi() {
    }

    public static List<Route> routes() {
        return List.of(Route.mutation("/api/v1/payments/orders/{orderId}/pay-by-code", PaymentCodeApi::payByCode));
    }

    /** The wallet a code belongs to, or the malformed refusal. */
    static String method(String code) {
        if (WECHAT.matcher(code).matches()) {
            return "WECHAT_PAY";
        }
        if (ALIPAY.matcher(code).matches()) {
            return "ALIPAY";
        }
        if (UNIONPAY.matcher(code).matches()) {
            return "UNIONPAY_QUICKPASS";
        }
        if (code.matches(STUB_CODE_PREFIX + "-[A-Z0-9-]{1,40}")) {
            return "STUB";
        }
        throw new ApiException(Refusal.PAYMENT_CODE_MALFORMED);
    }

    private static ApiResponse payByCode(Call call) throws Exception {
        PayByCodeRequest req = call.body(PayByCodeRequest.class);
        String code = req.code().strip();
        String method = method(code);
        String orderId = call.path("orderId");
        if (code.equals(STUB_EXPIRED)) {
            throw new ApiException(Refusal.PAYMENT_CODE_EXPIRED);
        }
        String hash = sha256(code);
        if (Sql.count(call.db(), "SELECT COUNT(*) FROM payment_code_use WHERE code_hash = ?", hash) > 0) {
            throw new ApiException(Refusal.PAYMENT_CODE_EXPIRED, "a payment code is accepted once");
        }
        ApiResponse settled = PaymentApi.settle(call, orderId);
        if (settled.status() == 200) {
            Sql.update(call.db(), "INSERT INTO payment_code_use VALUES (?,?,?,?)", hash, orderId, method, call.now());
            Ledger.record(call.db(), call, "PAYMENT_CODE_ACCEPTED", Map.of("orderId", orderId, "method", method));
        }
        return settled;
    }

    /** Codes are payment credentials: only their hash is kept. */
    private static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
