package kiosk.app.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.app.model.LocalizedText;
import kiosk.app.flow.Domain;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Option;
import kiosk.app.flow.Overlay;
import kiosk.app.flow.Whereabouts;
import kiosk.app.flow.Row;
import kiosk.app.flow.Step;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Refusal;
import java.time.LocalDate;
import kiosk.app.flow.Problem;
import kiosk.app.flow.Problems;
import kiosk.app.flow.Progress;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;

/**
 * One sample state per screen (and the notable variants: failed card read, out of service, receipt not
 * printed, idle warning), for the screen gallery and for reviewing every language side by side.
 * Sample data is fictional and already masked, as a resident would see it.
 */
public final class ScreenGallery {

    private ScreenGallery() {
    }

    /** File stem -> state, in visit order: one of every kind of screen, with Zhejiang sample data. */
    public static Map<String, FlowState> samples(Language language) {
        Map<String, FlowState> states = new LinkedHashMap<>();
        Instant when = Instant.parse("2026-10-12T01:35:00Z");
        LocalizedText speeding = new LocalizedText(Map.of("zh-CN", "超速行驶（超过规定时速20%以下）",
                "zh-TW", "超速行駛（超過規定時速20%以下）", "en", "Speeding (less than 20% over the limit)"));
        LocalizedText parking = new LocalizedText(Map.of("zh-CN", "违反禁止停车标志", "zh-TW", "違反禁止停車標誌",
                "en", "Parking where it is prohibited"));
        LocalizedText redLight = new LocalizedText(Map.of("zh-CN", "闯红灯", "zh-TW", "闖紅燈", "en", "Running a red light"));
        List<Option> fines = List.of(
                fine("V1", "浙D12345", when, place("解放北路与胜利西路口", "解放北路與勝利西路口",
                        "Jiefang Beilu / Shengli Xilu"), speeding, 20000, 3),
                fine("V2", "浙D12345", when.minusSeconds(86400 * 30), place("中兴中路", "中興中路", "Zhongxing Zhonglu"), parking,
                        20000, 0),
                fine("V3", "浙D12345", when.minusSeconds(86400 * 90), place("人民中路", "人民中路", "Renmin Zhonglu"), redLight,
                        20000, 6)
                        .disabled(Txt.key("code.violation-status.PAID")));
        List<ScreenModel.ServiceOption> traffic = List.of(
                new ScreenModel.ServiceOption("traffic.fines", true, null),
                new ScreenModel.ServiceOption("general.reprint", true, null));

        put(states, "01-attract", new ScreenModel.Attract(false, null), language, 0);
        put(states, "01b-attract-out-of-service", new ScreenModel.Attract(true, "attract.out-of-service.reader", null, STATION,
                null), language, 0);
        put(states, "01c-attract-backend-down", new ScreenModel.Attract(true, "attract.out-of-service.backend", NEXT_CHECK,
                STATION, null), language, 0);
        put(states, "01e-attract-take-card", new ScreenModel.Attract(false, null, null, STATION, null, "attract.take-card"),
                language, 0);
        put(states, "01d-attract-printer-out", new ScreenModel.Attract(false, null, null, STATION, "attract.limited.printer"),
                language, 0);
        put(states, "02-language", new ScreenModel.LanguageChoice(), language, 0);
        put(states, "03-insert-card", new ScreenModel.Identify(true, null), language, 0);
        put(states, "03b-insert-card-read-failed", new ScreenModel.Identify(true,
                Problem.of("sam.read-failed", "problem.card.read.title", "problem.card.read.advice", true)
                        .withReference(reference(Progress.IDENTIFY))), language, 0);
        put(states, "04-menu", new ScreenModel.Menu("张*", List.of(new ScreenModel.MenuGroup(Domain.TRAFFIC, traffic)), 0, 0),
                language, 0);
        put(states, "04b-menu-printer-out", new ScreenModel.Menu("张*", List.of(new ScreenModel.MenuGroup(Domain.TRAFFIC,
                List.of(new ScreenModel.ServiceOption("traffic.fines", false, Txt.key("menu.unavailable.printer"))))), 0, 0),
                language, 0);
        put(states, "04d-menu-backend-down", new ScreenModel.Menu("张*", List.of(new ScreenModel.MenuGroup(Domain.TRAFFIC, List.of(
                new ScreenModel.ServiceOption("traffic.fines", false, Txt.key("menu.unavailable.backend")),
                new ScreenModel.ServiceOption("traffic.licence-points", false, Txt.key("menu.unavailable.backend"))))), 0, 0),
                language, 0);
        put(states, "04e-out-of-service", new ScreenModel.OutOfService("traffic.fines", Txt.key("menu.unavailable.backend"),
                NEXT_CHECK, STATION), language, 0);
        put(states, "05-violations", new ScreenModel.Choice("traffic.fines", "choose", fines, Set.of("V1", "V2"), true, 40000),
                language, 0);
        put(states, "05b-basket", new ScreenModel.Basket(List.of(
                new ScreenModel.BasketLine("TRAFFIC_FINE:V1", "traffic.fines",
                        Txt.key("basket.fine", Txt.plain("浙D12345"), new Txt.Moment(when)), 20000),
                new ScreenModel.BasketLine("TRAFFIC_FINE:V2", "traffic.fines",
                        Txt.key("basket.fine", Txt.plain("浙D12345"), new Txt.Moment(when.minusSeconds(86400 * 30))), 20000)),
                40000), language, 0);
        put(states, "05c-form", new ScreenModel.Form("gallery.form", "plate", List.of(
                new ScreenModel.Input("plate", Step.InputKind.PLATE, "浙D1", false),
                new ScreenModel.Input("engine", Step.InputKind.ENGINE_DIGITS, "", false))), language, 0);
        put(states, "05d-confirm", new ScreenModel.Confirm("gallery.form", "confirm", List.of(
                Row.of("gallery.row.plate", Txt.plain("浙D12345")),
                Row.of("gallery.row.valid-until", Txt.day(LocalDate.of(2027, 6, 30)))), 1000), language, 0);
        put(states, "05e-info", new ScreenModel.Info("gallery.form", "info", Txt.key("gallery.info.title"), List.of(
                Row.of("gallery.row.plate", Txt.plain("浙D12345")),
                Row.of("gallery.row.valid-until", Txt.day(LocalDate.of(2027, 6, 30))).tone(Row.Tone.GOOD)),
                List.of(Txt.key("gallery.info.note")), true), language, 0);
        put(states, "06-payment", new ScreenModel.Payment("PO20261129000123",
                "https://pay.example.gov.cn/q/PO20261129000123", 40000, 164), language, 0);
        ScreenModel.Payment warning = new ScreenModel.Payment("PO20261129000123",
                "https://pay.example.gov.cn/q/PO20261129000123", 40000, 27, true, true, null);
        put(states, "06b-payment-warning", warning, language, 0);
        put(states, "06c-payment-code-refused", new ScreenModel.Payment("PO20261129000123",
                "https://pay.example.gov.cn/q/PO20261129000123", 40000, 121, false, true,
                Problems.ofPaymentCode(Problem.of("PAYMENT_CODE_EXPIRED", "problem.refused.title", "problem.refused.advice", false))),
                language, 0);
        states.put("06d-payment-leave", new FlowState(new ScreenModel.Payment("PO20261129000123",
                "https://pay.example.gov.cn/q/PO20261129000123", 40000, 98), language, false, 0,
                new Overlay.LeavePayment(true, 40000)));
        put(states, "07-printing", new ScreenModel.Printing(), language, 0);
        put(states, "08-done", new ScreenModel.Done(40000, true, "PO20261129000123", null, false, null, List.of()), language, 0);
        put(states, "08b-done-not-printed", new ScreenModel.Done(40000, false, "PO20261129000123",
                Problem.of("printer.paper-out", "problem.print.title", "problem.print.advice", false)
                        .withReference(reference(Progress.RECEIPT)), false, null, List.of()),
                language, 0);
        put(states, "08c-done-record-queued", new ScreenModel.Done(40000, true, "PO20261129000123", null, false,
                "delivery.queued", List.of()), language, 0);
        put(states, "04c-menu-reprint", new ScreenModel.Menu("张*", List.of(new ScreenModel.MenuGroup(Domain.TRAFFIC, traffic)),
                2, 40000), language, 0);
        put(states, "09-error-offline", new ScreenModel.Error(
                Problem.of("UNREACHABLE", "problem.offline.title", "problem.offline.advice", true)
                        .withReference(reference(Progress.CHOOSE)), null, null, true), language, 0);
        put(states, "09b-error-staff", new ScreenModel.Error(Problems.readerUnavailable()
                .withReference(reference(Progress.IDENTIFY)), null, null, false), language, 0);
        put(states, "09c-refused-counter", new ScreenModel.Error(Problems.refused(new Refusal("COUNTER_STATE_EMPLOYEE",
                new LocalizedText(Map.of("zh-CN", "登记备案的国家工作人员需到窗口办理。", "zh-TW", "登記備案的國家工作人員需到櫃檯辦理。",
                        "en", "Registered state employees must apply at a counter.")), true)).withReference(reference(Progress.CHOOSE)),
                Txt.words(new LocalizedText(Map.of("zh-CN", "出入境窗口（二楼 8 号）", "zh-TW", "出入境櫃檯（二樓 8 號）",
                        "en", "Exit-entry (Immigration) counter (first floor, no. 8)"))),
                Txt.words(new LocalizedText(Map.of("zh-CN", "周一至周六 9:00–17:00", "zh-TW", "週一至週六 9:00–17:00",
                        "en", "Mon–Sat 9:00–17:00"))), true), language, 0);
        put(states, "10-idle-warning", new ScreenModel.Choice("traffic.fines", "choose", fines, Set.of("V1"), true, 20000),
                language, 15);
        states.put("11-help", new FlowState(new ScreenModel.Menu("张*", List.of(new ScreenModel.MenuGroup(Domain.TRAFFIC,
                traffic)), 0, 0), language, false, 0, new Overlay.Help("help.step.menu", null, STATION, false)));
        states.put("11b-help-staff-called", new FlowState(warning, language, false, 0,
                new Overlay.Help("help.step.payment", null, STATION, true)));
        return states;
    }

    /** The demo kiosk's reference of a problem shown at 02:14. */
    private static Problem.Reference reference(Progress step) {
        return new Problem.Reference("KIOSK-DEMO-001", step, java.time.LocalTime.of(2, 14));
    }

    /** When the health probe looks again (shown in the kiosk's local time). */
    private static final Instant NEXT_CHECK = Instant.parse("2026-10-12T18:14:30Z");

    /** The demo station (kiosk-config demo.yaml) as help shows it. */
    private static final Whereabouts STATION = new Whereabouts("0575-8511 0110",
            Txt.words(new LocalizedText(Map.of("zh-CN", "越城区行政服务中心公安自助区（人民中路 368 号，24小时）",
                    "zh-TW", "越城區行政服務中心公安自助區（人民中路 368 號，24小時）",
                    "en", "Yuecheng Administrative Service Centre self-service area, 368 Renmin Zhonglu (24 hours)"))),
            List.of(counter("户政窗口（一楼 3 号）", "戶政櫃檯（一樓 3 號）", "Household registration counter (ground floor, no. 3)",
                            "周一至周五 8:30–12:00、14:00–17:30；周六 9:00–12:00", "週一至週五 8:30–12:00、14:00–17:30；週六 9:00–12:00",
                            "Mon–Fri 8:30–12:00 and 14:00–17:30; Sat 9:00–12:00"),
                    counter("车驾管窗口（一楼 5 号）", "車駕管櫃檯（一樓 5 號）", "Vehicles and drivers counter (ground floor, no. 5)",
                            "周一至周五 8:30–12:00、14:00–17:30", "週一至週五 8:30–12:00、14:00–17:30",
                            "Mon–Fri 8:30–12:00 and 14:00–17:30"),
                    counter("出入境窗口（二楼 8 号）", "出入境櫃檯（二樓 8 號）", "Exit-entry (Immigration) counter (first floor, no. 8)",
                            "周一至周六 9:00–17:00", "週一至週六 9:00–17:00", "Mon–Sat 9:00–17:00")));

    private static Whereabouts.Counter counter(String cn, String tw, String en, String hoursCn, String hoursTw, String hoursEn) {
        return new Whereabouts.Counter(Txt.words(new LocalizedText(Map.of("zh-CN", cn, "zh-TW", tw, "en", en))),
                Txt.words(new LocalizedText(Map.of("zh-CN", hoursCn, "zh-TW", hoursTw, "en", hoursEn))));
    }

    private static LocalizedText place(String cn, String tw, String en) {
        return new LocalizedText(Map.of("zh-CN", cn, "zh-TW", tw, "en", en));
    }

    private static Option fine(String id, String plate, Instant when, LocalizedText where, LocalizedText what, long cents,
                               int points) {
        return Option.of(id, Txt.key("fine.label", Txt.plain(plate), new Txt.Moment(when)))
                .detail(Txt.key("fine.detail", Txt.words(where), Txt.words(what), points)).amount(cents)
                .status(Txt.key("fine.amount", Txt.money(cents)));
    }

    private static void put(Map<String, FlowState> states, String name, ScreenModel model, Language language, int idleSeconds) {
        states.put(name, new FlowState(model, language, false, idleSeconds));
    }
}
