package kiosk.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Problem;
import kiosk.app.flow.Problems;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Txt;
import kiosk.app.model.LocalizedText;
import kiosk.app.model.Refusal;
import org.junit.jupiter.api.Test;

class TransactionOutcomesTest {

    private final List<String> seen = new ArrayList<>();
    private final TransactionOutcomes outcomes = new TransactionOutcomes((service, outcome) -> seen.add(service + " " + outcome));

    private void show(ScreenModel model) {
        outcomes.accept(new FlowState(model, Language.ZH_CN, false, 0));
    }

    private static ScreenModel.Basket basket(String... services) {
        List<ScreenModel.BasketLine> lines = new ArrayList<>();
        for (String s : services) {
            lines.add(new ScreenModel.BasketLine(s + "#1", s, Txt.plain(s), 5_000));
        }
        return new ScreenModel.Basket(lines, 5_000L * services.length);
    }

    @Test
    void aPaidBasketCountsEachServiceCompletedOnce() {
        show(new ScreenModel.Confirm("exit-entry.endorsement", "confirm", List.of(), 1_500));
        show(basket("traffic.fines", "exit-entry.endorsement"));
        show(new ScreenModel.Payment("O-1", "qr", 10_000, 180));
        show(new ScreenModel.Done(10_000, true, "O-1", null, false, null, List.of()));
        show(new ScreenModel.Attract(false, null));
        assertThat(seen).containsExactly("traffic.fines completed", "exit-entry.endorsement completed");
    }

    @Test
    void expiredFailedAndAbandonedPaymentsAreToldApart() {
        show(basket("traffic.fines"));
        show(new ScreenModel.Payment("O-1", "qr", 5_000, 180));
        show(new ScreenModel.Error(Problems.paymentExpired(), null, null, true));
        show(basket("traffic.fines"));
        show(new ScreenModel.Payment("O-2", "qr", 5_000, 180));
        show(new ScreenModel.Error(Problems.unexpected(), null, null, true));
        show(basket("household.temporary-id"));
        show(new ScreenModel.Attract(false, null)); // walked away from the basket
        assertThat(seen).containsExactly("traffic.fines timed_out", "traffic.fines failed", "household.temporary-id abandoned");
    }

    @Test
    void aRefusalIsCountedForTheServiceThatAskedAndOtherErrorsAreNot() {
        show(new ScreenModel.Confirm("traffic.licence-renewal", "confirm", List.of(), 1_000));
        Problem refused = Problems.refused(new Refusal("UNPAID_VIOLATIONS", new LocalizedText(java.util.Map.of("zh-CN", "存在未缴纳的罚款")), false));
        show(new ScreenModel.Error(refused, null, null, true));
        show(new ScreenModel.Choice("traffic.fines", "choose", List.of(), java.util.Set.of(), true, 0));
        show(new ScreenModel.Error(Problems.unexpected(), null, null, true));
        assertThat(seen).containsExactly("traffic.licence-renewal refused");
    }
}
