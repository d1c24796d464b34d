package kiosk.app.assembly;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ops.TransactionObserver;

/**
 * Reads the screens a visit passes through and tells operations how each resident transaction ended,
 * by service: completed (done screen), refused (the backend said no), timed_out (payment expired),
 * failed (an error once the basket was paid for or paying), abandoned (the visit ended before done).
 * Only service ids and outcome words leave here, never what the resident entered.
 */
final class TransactionOutcomes implements Consumer<FlowState> {

    private final TransactionObserver observer;
    private final Set<String> basket = new LinkedHashSet<>();
    private String current;
    private boolean paying;

    TransactionOutcomes(TransactionObserver observer) {
        this.observer = observer;
    }

    @Override
    public synchronized void accept(FlowState state) {
        ScreenModel model = state.model();
        if (model instanceof ScreenModel.Info m) {
            current = m.serviceId();
        } else if (model instanceof ScreenModel.Choice m) {
            current = m.serviceId();
        } else if (model instanceof ScreenModel.Form m) {
            current = m.serviceId();
        } else if (model instanceof ScreenModel.Confirm m) {
            current = m.serviceId();
        } else if (model instanceof ScreenModel.Basket b) {
            basket.clear();
            b.lines().forEach(l -> basket.add(l.serviceId()));
        } else if (model instanceof ScreenModel.Payment) {
            paying = true;
        } else if (model instanceof ScreenModel.Done) {
            basket.forEach(s -> observer.finished(s, "completed"));
            reset();
        } else if (model instanceof ScreenModel.Error e) {
            error(e);
        } else if (model instanceof ScreenModel.Attract || model instanceof ScreenModel.LanguageChoice) {
            abandoned();
        }
    }

    private void error(ScreenModel.Error e) {
        if (paying) {
            String outcome = "PAYMENT_EXPIRED".equals(e.problem().code()) ? "timed_out" : "failed";
            basket.forEach(s -> observer.finished(s, outcome));
            reset();
        } else if (e.problem().titleKey().equals("problem.refused.title") && current != null) {
            observer.finished(current, "refused");
            current = null;
        }
    }

    /** The visit ended (attract again) with something in the basket and no done screen. */
    private void abandoned() {
        basket.forEach(s -> observer.finished(s, "abandoned"));
        reset();
        current = null;
    }

    private void reset() {
        basket.clear();
        paying = false;
    }
}
