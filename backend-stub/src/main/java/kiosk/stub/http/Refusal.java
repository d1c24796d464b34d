package kiosk.stub.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error the stub answers with: a stable code (the enum name), its HTTP status, whether a retry
 * may help, whether the resident must go to a counter, and the message in the three kiosk languages.
 */
public enum Refusal {
    // Protocol and input
    MALFORMED_JSON(400, "请求内容不是有效的JSON。", "請求內容不是有效的JSON。", "The request body is not valid JSON."),
    INVALID_FIELD(400, "请求字段缺失或格式不正确。", "請求欄位缺失或格式不正確。", "A request field is missing or has the wrong type or format."),
    UNKNOWN_FIELD(400, "请求包含未定义的字段。", "請求包含未定義的欄位。", "The request contains a field the route does not define."),
    BODY_TOO_LARGE(413, "请求内容过大。", "請求內容過大。", "The request body is larger than the limit."),
    IDEMPOTENCY_KEY_MISSING(400, "缺少Idempotency-Key请求头。", "缺少Idempotency-Key請求標頭。", "A mutating request needs an Idempotency-Key header."),
    IDEMPOTENCY_KEY_REUSED(422, "该幂等键已用于另一个请求。", "該冪等鍵已用於另一個請求。", "This Idempotency-Key was already used for a different request."),
    IDEMPOTENCY_IN_FLIGHT(409, true, false, "相同幂等键的请求仍在处理中，请稍后重试。", "相同冪等鍵的請求仍在處理中，請稍後重試。", "A request with this Idempotency-Key is still being processed; retry shortly."),
    UNAUTHORIZED(401, "终端未登记或密钥错误。", "終端未登記或金鑰錯誤。", "Unknown kiosk or wrong API key."),
    KIOSK_MISMATCH(403, "终端只能访问自己的数据。", "終端只能存取自己的資料。", "A kiosk may only act on its own fleet record."),
    ADMIN_UNAUTHORIZED(401, "管理令牌错误。", "管理權杖錯誤。", "Missing or wrong admin token."),
    NOT_FOUND(404, "接口不存在。", "介面不存在。", "No such route."),
    INTERNAL_ERROR(500, true, false, "系统繁忙，请稍后重试。", "系統繁忙，請稍後重試。", "Internal error; the request may be retried."),
    INJECTED_FAULT(503, true, false, "服务暂时不可用，请稍后重试。", "服務暫時無法使用，請稍後重試。", "Service temporarily unavailable (injected fault)."),

    // Residents
    INVALID_ID_NUMBER(400, "身份证号码校验不通过。", "身份證號碼校驗不通過。", "The ID number fails its check digit or format."),
    RESIDENT_NOT_FOUND(404, "未找到该居民信息，请到窗口办理。", "未找到該居民資料，請到櫃檯辦理。", "No resident matches this identification; please go to a counter.", true),

    IDENTITY_CODE_MALFORMED(400, "这不是有效的电子身份码，请出示手机上的电子身份码。", "這不是有效的電子身分碼，請出示手機上的電子身分碼。", "This is not a valid e-ID code; please show the e-ID code on your phone."),
    IDENTITY_CODE_EXPIRED(409, "电子身份码已过期，请在手机上刷新后重新出示。", "電子身分碼已過期，請在手機上重新整理後再出示。", "The e-ID code has expired; refresh it on your phone and show it again."),
    IDENTITY_CODE_UNKNOWN(404, "无法识别该电子身份码，请刷新后重试或使用证件。", "無法識別該電子身分碼，請重新整理後再試或使用證件。", "This e-ID code is not recognised; refresh it and try again, or use your card."),

    // Traffic
    VEHICLE_NOT_FOUND(404, "未找到该车辆，请核对号牌和发动机号。", "未找到該車輛，請核對號牌和引擎號碼。", "No vehicle matches this plate and engine number."),
    LICENCE_NOT_FOUND(404, "未找到驾驶证信息。", "未找到駕駛執照資料。", "No driving licence found."),
    VIOLATION_NEEDS_COUNTER(409, "该违法记录需到交警窗口处理。", "該違法紀錄需到交警櫃檯處理。", "This violation must be handled at a traffic police counter.", true),
    UNPAID_VIOLATIONS(409, "存在未缴纳的交通违法罚款，请先缴纳。", "存在未繳納的交通違法罰款，請先繳納。", "There are unpaid traffic fines; pay them first."),
    LICENCE_RENEWAL_WINDOW_NOT_OPEN(409, "驾驶证有效期满前90日内方可换证。", "駕駛執照有效期滿前90日內方可換證。", "A driving licence can be renewed only in the 90 days before it expires."),
    LICENCE_EXPIRED(409, "驾驶证已过期，请到车管所窗口办理。", "駕駛執照已過期，請到監理櫃檯辦理。", "The driving licence has expired; please go to a vehicle administration counter.", true),
    LICENCE_POINTS_FULL(409, "驾驶证记分已满12分，请到窗口办理。", "駕駛執照記點已滿12點，請到櫃檯辦理。", "The licence has 12 penalty points; please go to a counter.", true),
    HEALTH_CHECK_REQUIRED(400, "换证需提供体检证明编号。", "換證需提供體檢證明編號。", "A licence renewal needs the health check reference."),
    HEALTH_CHECK_NOT_FOUND(409, "未查询到该体检记录，请核对编号或到定点医院体检。", "查無該體檢紀錄，請核對編號或到指定醫院體檢。", "No such health check on record for you; check the reference or have one at an approved hospital."),
    HEALTH_CHECK_EXPIRED(409, "体检证明已超过6个月有效期，请重新体检。", "體檢證明已超過6個月有效期，請重新體檢。", "The health check is older than six months; please have a new one."),
    VEHICLE_NOT_OWNED(403, "该车辆不属于本人。", "該車輛不屬於本人。", "The vehicle is not registered to this resident."),
    INSPECTION_OVERDUE(409, "车辆检验已逾期，请到检测站检验。", "車輛檢驗已逾期，請到檢測站檢驗。", "The vehicle inspection is overdue; take the vehicle to an inspection station.", true),

    // Payments and receipts
    ITEM_NOT_FOUND(404, "未找到缴费项目。", "未找到繳費項目。", "A payment item does not exist."),
    ITEM_NOT_PAYABLE(409, "该项目无需缴费或已缴费。", "該項目無需繳費或已繳費。", "A payment item is not payable (already paid or free)."),
    ITEM_IN_PENDING_ORDER(409, true, false, "该项目已在待支付订单中。", "該項目已在待付款訂單中。", "A payment item is already in a pending order."),
    ITEM_NOT_OWNED(403, "该缴费项目不属于本人。", "該繳費項目不屬於本人。", "A payment item belongs to another resident."),
    ORDER_NOT_FOUND(404, "未找到订单。", "未找到訂單。", "No such order."),
    ORDER_EXPIRED(409, "订单已超时失效，请重新下单。", "訂單已逾時失效，請重新下單。", "The order has expired; create a new one."),
    ORDER_NOT_PENDING(409, "订单不是待支付状态。", "訂單不是待付款狀態。", "The order is not pending payment."),
    ORDER_NOT_PAID(409, "订单尚未支付。", "訂單尚未付款。", "The order is not paid."),
    PAYMENT_CODE_MALFORMED(400, "无法识别该付款码，请出示微信、支付宝或云闪付付款码。", "無法識別該付款碼，請出示微信、支付寶或雲閃付付款碼。", "This payment code is not recognised; show a WeChat Pay, Alipay or UnionPay payment code."),
    PAYMENT_CODE_EXPIRED(409, "付款码已失效，请在手机上刷新付款码后重试，未扣款。", "付款碼已失效，請在手機上重新整理付款碼後再試，未扣款。", "The payment code is no longer valid; refresh it on your phone and try again. Nothing was charged."),
    ORDER_RESIDENT_MISMATCH(403, "订单不属于该居民。", "訂單不屬於該居民。", "The order belongs to another resident."),

    // Household registration and ID
    LOCAL_HUKOU_NO_RESIDENCE_PERMIT(409, "本地户籍居民无需办理居住证。", "本地戶籍居民無需辦理居住證。", "Residents with local household registration do not need a residence permit."),
    RESIDENCE_TOO_SHORT(409, "在本市居住未满半年，暂不能申领居住证。", "在本市居住未滿半年，暫不能申領居住證。", "A residence permit needs six months of residence in the city."),
    RESIDENCE_PERMIT_STILL_VALID(409, "居住证仍在有效期内。", "居住證仍在有效期內。", "The resident already holds a valid residence permit."),
    NO_RESIDENCE_PERMIT(409, "没有可续签的居住证。", "沒有可續簽的居住證。", "There is no residence permit to renew."),
    RESIDENCE_RENEWAL_TOO_EARLY(409, "居住证有效期满前30日内方可续签。", "居住證有效期滿前30日內方可續簽。", "A residence permit can be renewed only in the 30 days before it expires."),
    NO_LOCAL_HUKOU(409, "非本地户籍，请到户籍所在地派出所办理。", "非本地戶籍，請到戶籍所在地派出所辦理。", "No local household registration: apply at the police station of the registration place.", true),
    NO_ID_APPLICATION_IN_PROGRESS(409, "没有正在办理的身份证申请。", "沒有正在辦理的身份證申請。", "There is no ID card application in progress."),
    TEMP_ID_ALREADY_ISSUED(409, "该申请已开具临时身份证明。", "該申請已開立臨時身份證明。", "A temporary ID certificate was already issued for this application."),
    DOCUMENT_NOT_ACCEPTED(409, "该业务需持居民身份证办理，请到窗口咨询。", "該業務需持居民身份證辦理，請到櫃檯諮詢。", "This service needs a resident ID card; please ask at a counter.", true),
    APPLICATION_ALREADY_OPEN(409, "已有同类申请正在办理。", "已有同類申請正在辦理。", "An application of this kind is already open."),

    // Applications of every domain
    APPLICATION_NOT_FOUND(404, "未找到该申请。", "未找到該申請。", "No such application."),
    APPLICATION_NOT_WITHDRAWABLE(409, "该申请已缴费或已在办理中，不能撤回。", "該申請已繳費或已在辦理中，無法撤回。", "This application has been paid for or is already being processed; it can no longer be withdrawn."),

    // Exit-entry
    PERMIT_NOT_FOUND(404, "未找到该出入境证件。", "未找到該出入境證件。", "No such travel permit."),
    PERMIT_EXPIRED(409, "证件已过期，请到出入境窗口换领。", "證件已過期，請到出入境櫃檯換領。", "The permit has expired; renew it at an exit-entry counter.", true),
    PERMIT_VALIDITY_TOO_SHORT(409, "证件有效期不足3个月，请到窗口换领。", "證件有效期不足3個月，請到櫃檯換領。", "The permit is valid for less than three months; renew it at a counter.", true),
    DESTINATION_NOT_COVERED(409, "该证件不能签注前往该目的地。", "該證件不能簽注前往該目的地。", "This permit cannot carry an endorsement for that destination."),
    COUNTER_NON_LOCAL_HUKOU(409, "非本地户籍居民办理该签注需到出入境窗口。", "非本地戶籍居民辦理該簽注需到出入境櫃檯。", "Without local household registration this endorsement must be applied for at a counter.", true),
    COUNTER_STATE_EMPLOYEE(409, "登记备案的国家工作人员需到窗口办理。", "登記備案的國家工作人員需到櫃檯辦理。", "Registered state employees must apply at a counter.", true),
    COUNTER_DOCUMENTS_REQUIRED(409, "该签注种类需提交证明材料，请到窗口办理。", "該簽注種類需提交證明文件，請到櫃檯辦理。", "This endorsement type needs supporting documents; apply at a counter.", true),
    ENDORSEMENT_TYPE_NOT_OFFERED(409, "该签注种类暂不受理。", "該簽注種類暫不受理。", "This endorsement type is not offered at present."),
    TRIPS_NOT_OFFERED(409, "该签注种类不提供所选次数。", "該簽注種類不提供所選次數。", "This endorsement type is not offered for that number of trips."),
    ENDORSEMENT_STILL_VALID(409, "现有签注仍有剩余次数。", "現有簽注仍有剩餘次數。", "A valid endorsement with trips left already exists."),

    // Fleet
    CONFIG_VERSION_CONFLICT(409, "配置版本冲突。", "設定版本衝突。", "The configuration version does not match (optimistic lock)."),
    KIOSK_ALREADY_EXISTS(409, "终端已存在。", "終端已存在。", "A kiosk with this id already exists."),
    ROLLOUT_CONFLICT(409, "发布状态不允许此操作。", "發布狀態不允許此操作。", "The rollout's state does not allow this step.");

    private final int status;
    private final boolean retryable;
    private final boolean counterRequired;
    private final Map<String, String> message;

    Refusal(int status, String zhCn, String zhTw, String en) {
        this(status, false, false, zhCn, zhTw, en);
    }

    Refusal(int status, String zhCn, String zhTw, String en, boolean counterRequired) {
        this(status, false, counterRequired, zhCn, zhTw, en);
    }

    Refusal(int status, boolean retryable, boolean counterRequired, String zhCn, String zhTw, String en) {
        this.status = status;
        this.retryable = retryable;
        this.counterRequired = counterRequired;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh-CN", zhCn);
        m.put("zh-TW", zhTw);
        m.put("en", en);
        this.message = Map.copyOf(m);
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean counterRequired() {
        return counterRequired;
    }

    public Map<String, String> message() {
        return message;
    }

    /** The JSON error body; detail is for developers and never carries personal data. */
    public ErrorBody body(String detail) {
        return new ErrorBody(name(), new LinkedHashMap<>(Map.of(
                "zh-CN", message.get("zh-CN"), "zh-TW", message.get("zh-TW"), "en", message.get("en"))),
                retryable, counterRequired, detail);
    }

    /** The error document every 4xx/5xx carries. */
    public record ErrorBody(String code, Map<String, String> message, boolean retryable, boolean counterRequired,
                            String detail) {
    }
}
