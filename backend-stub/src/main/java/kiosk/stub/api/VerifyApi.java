package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;

/**
 * What the receipt's QR opens on a phone: the progress and verification of one reference (an application,
 * a household registration certificate with its verification code, an order or a receipt), as a page in the
 * reader's language and as JSON. Public, so nothing personal beyond a masked name.
 */
public final class VerifyApi {

    static final List<String> LANGUAGES = List.of("zh-CN", "zh-TW", "en");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** One item of an order, with the progress of the application it pays for. */
    public record VerifyItem(String kind, String reference, long amountCents, Map<String, String> description, String status,
                             Map<String, String> statusText) {
    }

    /** The public view of a reference. */
    public record Verification(String ref, String kind, String holder, String type, Map<String, String> title, String status,
                               Map<String, String> statusText, Instant updatedAt, LocalDate validUntil, Boolean valid,
                               Boolean codeMatches, Long amountCents, Instant paidAt, List<VerifyItem> items) {
    }

    private VerifyApi() {
    }

    public static List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/verify/{ref}", Route.Access.PUBLIC, false, VerifyApi::json),
                new Route(HandlerType.GET, "/verify/{ref}", Route.Access.PUBLIC, false, VerifyApi::page));
    }

    private static ApiResponse json(Call call) throws Exception {
        return ApiResponse.ok(find(call, call.path("ref"), call.queryParam("code"))
                .orElseThrow(() -> new ApiException(Refusal.ITEM_NOT_FOUND, "no such reference")));
    }

    private static ApiResponse page(Call call) throws Exception {
        String lang = language(call.queryParam("lang"), call.header("Accept-Language"));
        Optional<Verification> v = find(call, call.path("ref"), call.queryParam("code"));
        return ApiResponse.html(v.isPresent() ? 200 : 404, VerifyPage.render(bundle(lang), lang, call.path("ref"), v.orElse(null)));
    }

    static ResourceBundle bundle(String lang) {
        Locale locale = switch (lang) {
            case "zh-TW" -> Locale.TRADITIONAL_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> Locale.ROOT;
        };
        return ResourceBundle.getBundle("kiosk.stub.i18n.verify", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** ?lang= first, then the first Accept-Language range we speak (zh-HK/zh-MO/zh-Hant read Traditional). */
    static String language(String param, String acceptLanguage) {
        if (param != null && LANGUAGES.contains(param)) {
            return param;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("zh-tw") || tag.startsWith("zh-hk") || tag.startsWith("zh-mo") || tag.startsWith("zh-hant")) {
                        return "zh-TW";
                    }
                    if (tag.startsWith("zh")) {
                        return "zh-CN";
                    }
                    if (tag.startsWith("en")) {
                        return "en";
                    }
                }
            } catch (IllegalArgumentException e) {
                return "zh-CN";
            }
        }
        return "zh-CN";
    }

    static Optional<Verification> find(Call call, String ref, String code) throws Exception {
        Connection c = call.db();
        if (ref.startsWith("HC-")) {
            return Sql.one(c, "SELECT * FROM application WHERE app_type = 'HOUSEHOLD_CERTIFICATE' AND details LIKE ?",
                    Applications::view, "%\"certificateId\":\"" + ref + "\"%").map(a -> {
                        LocalDate until = LocalDate.parse(String.valueOf(a.details().get("validUntil")));
                        Boolean matches = code == null || code.isBlank() ? null
                                : code.strip().equalsIgnoreCase(String.valueOf(a.details().get("verificationCode")));
                        return new Verification(ref, "CERTIFICATE", holder(call, a.applicationId()), a.type(), a.title(),
                                a.status(), a.statusText(), a.updatedAt(), until, !until.isBefore(call.today()), matches,
                                null, null, null);
                    });
        }
        if (ref.startsWith("A-")) {
            return Sql.one(c, "SELECT * FROM application WHERE application_id = ?", Applications::view, ref).map(a ->
                    new Verification(ref, "APPLICATION", holder(call, ref), a.type(), a.title(), a.status(), a.statusText(),
                            a.updatedAt(), null, null, null, a.feeCents(), null, null));
        }
        String orderId = ref;
        String kind = "ORDER";
        if (ref.startsWith("RC-")) {
            orderId = Sql.one(c, "SELECT order_id FROM receipt WHERE receipt_id = ?", rs -> rs.getString(1), ref).orElse(null);
            kind = "RECEIPT";
        }
        if (orderId == null || !orderId.startsWith("O-")
                || Sql.count(c, "SELECT COUNT(*) FROM payment_order WHERE order_id = ?", orderId) == 0) {
            return Optional.empty();
        }
        PaymentApi.OrderView o = PaymentApi.view(c, orderId);
        List<VerifyItem> items = new ArrayList<>();
        for (PaymentApi.ItemView i : o.items()) {
            String status = i.kind().equals("APPLICATION_FEE")
                    ? Sql.one(c, "SELECT status FROM application WHERE application_id = ?", rs -> rs.getString(1), i.reference()).orElse(null)
                    : Sql.one(c, "SELECT status FROM violation WHERE violation_id = ?", rs -> rs.getString(1), i.reference()).orElse(null);
            Map<String, String> text = status == null ? null
                    : i.kind().equals("APPLICATION_FEE") ? Titles.status(status).map() : Titles.fineStatus(status).map();
            items.add(new VerifyItem(i.kind(), i.reference(), i.amountCents(), i.description(), status, text));
        }
        Instant updated = o.refundedAt() != null ? o.refundedAt() : o.paidAt() != null ? o.paidAt() : o.createdAt();
        String holder = Sql.one(c, "SELECT name FROM resident WHERE resident_id = ?", rs -> Titles.maskName(rs.getString(1)),
                o.residentId()).orElse("");
        return Optional.of(new Verification(ref, kind, holder, null, null, o.status(), Titles.orderStatus(o.status()).map(), updated,
                null, null, null, o.amountCents(), o.paidAt(), items));
    }

    private static String holder(Call call, String applicationId) {
        try {
            return Sql.one(call.db(), "SELECT r.name FROM application a JOIN resident r ON r.resident_id = a.resident_id"
                    + " WHERE a.application_id = ?", rs -> Titles.maskName(rs.getString(1)), applicationId).orElse("");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("holder lookup failed", e);
        }
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
