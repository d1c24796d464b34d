package kiosk.app.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.app.model.LocalizedText;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Problem;
import kiosk.app.flow.Problems;
import kiosk.app.flow.Screen;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.Service;
import kiosk.app.i18n.Language;

/**
 * One sample state per screen (and the notable variants: failed card read, out of service, receipt not
 * printed, idle warning), for the screen gallery and for reviewing every language side by side.
 * Sample data is fictional and already masked, as a resident would see it.
 */
public final class ScreenGallery {

    private ScreenGallery() {
    }

    /** File stem -> state, in visit order. */
    public static Map<String, FlowState> samples(Language language) {
        Map<String, FlowState> states = new LinkedHashMap<>();
        Instant when = Instant.parse("2026-10-12T01:35:00Z");
        LocalizedText speeding = new LocalizedText(Map.of("zh-CN", "超速行驶（超过规定时速20%以下）",
                "zh-TW", "超速行駛（超過規定時速20%以下）", "en", "Speeding (less than 20% over the limit)"));
        LocalizedText redLight = new LocalizedText(Map.of("zh-CN", "闯红灯", "zh-TW", "闖紅燈", "en", "Running a red light"));
        LocalizedText parking = new LocalizedText(Map.of("zh-CN", "违反禁止停车标志", "zh-TW", "違反禁止停車標誌", "en", "Parking where it is prohibited"));
        List<ScreenModel.ViolationRow> rows = List.of(
                new ScreenModel.ViolationRow("V1", "京A12345", when, "东二环朝阳门桥", speeding, 20000, 3, true),
                new ScreenModel.ViolationRow("V2", "京A12345", when.minusSeconds(86400 * 30), "建国门内大街", parking, 20000, 0, true),
                new ScreenModel.ViolationRow("V3", "京A12345", when.minusSeconds(86400 * 90), "长安街", redLight, 20000, 6, false));

        put(states, "01-attract", Screen.ATTRACT, new ScreenModel.Attract(false, null), language, 0);
        put(states, "01b-attract-out-of-service", Screen.ATTRACT, new ScreenModel.Attract(true, "attract.out-of-service.reader"), language, 0);
        put(states, "02-language", Screen.LANGUAGE, new ScreenModel.LanguageChoice(), language, 0);
        put(states, "03-insert-card", Screen.INSERT_CARD, new ScreenModel.InsertCard(true, null), language, 0);
        put(states, "03b-insert-card-read-failed", Screen.INSERT_CARD, new ScreenModel.InsertCard(true,
                Problem.of("sam.read-failed", "problem.card.read.title", "problem.card.read.advice", true)), language, 0);
        put(states, "04-menu", Screen.MENU, new ScreenModel.Menu("张*", List.of(
                new ScreenModel.ServiceOption(Service.TRAFFIC_FINES, true, null))), language, 0);
        put(states, "04b-menu-printer-out", Screen.MENU, new ScreenModel.Menu("张*", List.of(
                new ScreenModel.ServiceOption(Service.TRAFFIC_FINES, false, "menu.unavailable.printer"))), language, 0);
        put(states, "05-violations", Screen.VIOLATIONS, new ScreenModel.Violations(rows, Set.of("V1", "V2"), 40000), language, 0);
        put(states, "06-payment", Screen.PAYMENT, new ScreenModel.Payment("PO20261129000123",
                "https://pay.example.gov.cn/q/PO20261129000123", 40000, 164), language, 0);
        put(states, "07-printing", Screen.PRINTING, new ScreenModel.Printing(), language, 0);
        put(states, "08-done", Screen.DONE, new ScreenModel.Done(40000, true, "PO20261129000123", null, false, null), language, 0);
        put(states, "08b-done-not-printed", Screen.DONE, new ScreenModel.Done(40000, false, "PO20261129000123",
                Problem.of("printer.paper-out", "problem.print.title", "problem.print.advice", false), false, null), language, 0);
        put(states, "08c-done-record-queued", Screen.DONE, new ScreenModel.Done(40000, true, "PO20261129000123", null, false,
                "delivery.queued"), language, 0);
        put(states, "04c-menu-reprint", Screen.MENU, new ScreenModel.Menu("张*", List.of(
                new ScreenModel.ServiceOption(Service.TRAFFIC_FINES, true, null),
                new ScreenModel.ServiceOption(Service.REPRINT_RECEIPTS, true, null))), language, 0);
        put(states, "09-error-offline", Screen.ERROR, new ScreenModel.Error(
                Problem.of("UNREACHABLE", "problem.offline.title", "problem.offline.advice", true)), language, 0);
        put(states, "09b-error-staff", Screen.ERROR, new ScreenModel.Error(Problems.readerUnavailable()), language, 0);
        put(states, "10-idle-warning", Screen.VIOLATIONS, new ScreenModel.Violations(rows, Set.of("V1"), 20000), language, 15);
        return states;
    }

    private static void put(Map<String, FlowState> states, String name, Screen screen, ScreenModel model,
                            Language language, int idleSeconds) {
        states.put(name, new FlowState(screen, model, language, false, idleSeconds));
    }
}
