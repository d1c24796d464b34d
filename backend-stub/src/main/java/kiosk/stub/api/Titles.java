package kiosk.stub.api;

import java.util.Map;
import kiosk.stub.seed.Stations.Text;

/** Resident-facing names of applications, statuses and payment items, in every kiosk language. */
final class Titles {

    private static final Map<String, String> DESTINATIONS_ZH = Map.of("HK", "香港", "MO", "澳门", "TW", "台湾");
    private static final Map<String, String> DESTINATIONS_TW = Map.of("HK", "香港", "MO", "澳門", "TW", "臺灣");
    private static final Map<String, String> DESTINATIONS_EN = Map.of("HK", "Hong Kong", "MO", "Macao", "TW", "Taiwan");
    private static final Map<String, Text> ENDORSEMENT_TYPES = Map.of(
            "INDIVIDUAL_TOURISM", new Text("个人旅游", "個人旅遊", "individual travel"),
            "GROUP_TOURISM", new Text("团队旅游", "團隊旅遊", "group travel"),
            "VISIT_RELATIVES", new Text("探亲", "探親", "visiting relatives"),
            "BUSINESS", new Text("商务", "商務", "business"));
    private static final Map<String, Text> STATUSES = Map.of(
            "AWAITING_PAYMENT", new Text("待缴费", "待繳費", "Awaiting payment"),
            "SUBMITTED", new Text("已受理", "已受理", "Submitted"),
            "IN_REVIEW", new Text("审核中", "審核中", "In review"),
            "APPROVED", new Text("已批准", "已核准", "Approved"),
            "REJECTED", new Text("未通过", "未通過", "Not approved"),
            "READY_FOR_COLLECTION", new Text("可领取", "可領取", "Ready for collection"),
            "COLLECTED", new Text("已领取", "已領取", "Collected"),
            "CANCELLED", new Text("已取消", "已取消", "Cancelled"));

    private Titles() {
    }

    /** What the application is, as a resident would name it (its details add the kind, destination or reason). */
    static Text application(String type, Map<String, Object> details) {
        Object kind = details.get("kind");
        return switch (type) {
            case "ID_CARD" -> "LOSS".equals(details.get("reason"))
                    ? new Text("居民身份证补领", "居民身份證補領", "Resident ID card replacement")
                    : "FIRST".equals(details.get("reason"))
                    ? new Text("居民身份证首次申领", "居民身份證首次申領", "First resident ID card")
                    : new Text("居民身份证换领", "居民身份證換領", "Resident ID card renewal");
            case "RESIDENCE_PERMIT" -> "RENEWAL".equals(kind)
                    ? new Text("居住证签注（续期）", "居住證簽注（續期）", "Residence permit renewal")
                    : new Text("居住证申领", "居住證申領", "Residence permit application");
            case "HOUSEHOLD_CERTIFICATE" -> new Text("户籍证明", "戶籍證明", "Household registration certificate");
            case "TEMPORARY_ID" -> new Text("临时居民身份证明", "臨時居民身份證明", "Temporary ID certificate");
            case "LICENCE_RENEWAL" -> new Text("驾驶证期满换证", "駕駛執照期滿換證", "Driving licence renewal");
            case "INSPECTION_MARK" -> new Text("机动车检验标志电子凭证", "機動車檢驗標誌電子憑證",
                    "Electronic vehicle inspection mark" + plateSuffix(details));
            case "TRAVEL_PERMIT" -> "TAIWAN".equals(details.get("permitKind"))
                    ? new Text("往来台湾通行证", "往來臺灣通行證", "Travel permit to Taiwan")
                    : new Text("往来港澳通行证", "往來港澳通行證", "Travel permit to Hong Kong and Macao");
            case "ENDORSEMENT" -> endorsement(details);
            default -> new Text(type, type, type);
        };
    }

    private static String plateSuffix(Map<String, Object> details) {
        return details.get("plate") == null ? "" : " " + details.get("plate");
    }

    private static Text endorsement(Map<String, Object> details) {
        String destination = String.valueOf(details.get("destination"));
        Text type = ENDORSEMENT_TYPES.getOrDefault(String.valueOf(details.get("type")), new Text("", "", ""));
        Object trips = details.get("trips");
        if (!DESTINATIONS_ZH.containsKey(destination)) {
            return new Text("出入境签注", "出入境簽注", "Exit-entry endorsement");
        }
        String n = trips == null ? "" : trips.toString();
        return new Text("赴" + DESTINATIONS_ZH.get(destination) + type.zhCn() + "签注" + (n.isEmpty() ? "" : "（" + n + "次）"),
                "赴" + DESTINATIONS_TW.get(destination) + type.zhTw() + "簽注" + (n.isEmpty() ? "" : "（" + n + "次）"),
                DESTINATIONS_EN.get(destination) + " endorsement, " + type.en() + (n.isEmpty() ? "" : ", " + n
                        + ("1".equals(n) ? " trip" : " trips")));
    }

    private static final Map<String, Text> FINE_STATUSES = Map.of(
            "UNPAID", new Text("未缴纳", "未繳納", "Unpaid"),
            "PAID", new Text("已缴纳", "已繳納", "Paid"),
            "COUNTER_ONLY", new Text("需到窗口处理", "需到櫃檯處理", "To be handled at a counter"));
    private static final Map<String, Text> ORDER_STATUSES = Map.of(
            "PENDING", new Text("待支付", "待付款", "Awaiting payment"),
            "PAID", new Text("已缴费", "已繳費", "Paid"),
            "EXPIRED", new Text("已失效", "已失效", "Expired"),
            "REFUNDED", new Text("已退款", "已退款", "Refunded"));

    static Text fineStatus(String status) {
        return FINE_STATUSES.getOrDefault(status, new Text(status, status, status));
    }

    static Text orderStatus(String status) {
        return ORDER_STATUSES.getOrDefault(status, new Text(status, status, status));
    }

    static Text status(String status) {
        return STATUSES.getOrDefault(status, new Text(status, status, status));
    }

    /** A name masked for a public page: the first character, then one star per further character. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(1, Math.min(rest, 6)));
    }
}
