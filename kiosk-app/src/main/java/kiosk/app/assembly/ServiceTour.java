package kiosk.app.assembly;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Option;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.Step;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.sam.sim.SampleCards;

/**
 * Walks every declared service through the real engine, as a resident would (first option, sample
 * inputs, confirm), with the demo residents' cards in turn until one reaches the service's end, and
 * collects every screen it passes. The screen gallery renders these in every language, so it shows
 * each screen of each service as the engine really builds it.
 */
public final class ServiceTour {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int MAX_SCREENS = 20;

    private final VisitEngine engine;

    public ServiceTour(VisitEngine engine) {
        this.engine = engine;
    }

    /** Screens by name ({@code <service>-<nn>-<kind>}), in visit order. */
    public Map<String, FlowState> walkAll() throws InterruptedException {
        Map<String, FlowState> all = new LinkedHashMap<>();
        for (ResidentService service : engine.services()) {
            List<FlowState> best = null;
            for (CardIdentity card : SampleCards.all()) {
                Identification who = DeviceBridge.identificationOf(card);
                List<FlowState> walk = walk(service.id(), who);
                if (best == null || (!endsInError(walk) && endsInError(best)) || best.isEmpty()) {
                    best = walk;
                }
                if (!walk.isEmpty() && !endsInError(walk)) {
                    break;
                }
            }
            for (int i = 0; i < best.size(); i++) {
                FlowState state = best.get(i);
                all.put(String.format("svc-%s-%02d-%s", service.id(), i + 1,
                        state.model().getClass().getSimpleName().toLowerCase()), state);
            }
        }
        return all;
    }

    private static boolean endsInError(List<FlowState> walk) {
        return walk.isEmpty() || walk.get(walk.size() - 1).model() instanceof ScreenModel.Error;
    }

    /** One visit: identify, choose the service, take the first way through; empty when the menu does not offer it. */
    List<FlowState> walk(String serviceId, Identification who) throws InterruptedException {
        List<FlowState> screens = new ArrayList<>();
        engine.finish();
        engine.start();
        engine.chooseLanguage(Language.ZH_CN);
        await(ScreenModel.Identify.class);
        engine.cardRead(who);
        FlowState menu = settle();
        if (!(menu.model() instanceof ScreenModel.Menu m) || m.groups().stream().flatMap(g -> g.services().stream())
                .noneMatch(o -> o.serviceId().equals(serviceId) && o.available())) {
            engine.finish();
            return screens;
        }
        engine.chooseService(serviceId);
        for (int i = 0; i < MAX_SCREENS; i++) {
            FlowState state = settle();
            ScreenModel model = state.model();
            if (model instanceof ScreenModel.Menu || model instanceof ScreenModel.Attract) {
                break; // an information service ended
            }
            screens.add(state);
            if (model instanceof ScreenModel.Basket || model instanceof ScreenModel.Error || model instanceof ScreenModel.Done) {
                break;
            }
            if (!act(model)) {
                break;
            }
        }
        engine.finish();
        return screens;
    }

    /** Does what a resident would on this screen; false when nothing can be done. */
    private boolean act(ScreenModel model) {
        if (model instanceof ScreenModel.Choice choice) {
            Option first = choice.options().stream().filter(Option::enabled).findFirst().orElse(null);
            if (first == null) {
                return false;
            }
            if (!choice.multiple()) {
                engine.choose(first.id());
            } else {
                if (choice.selected().isEmpty()) {
                    engine.choose(first.id());
                }
                engine.next();
            }
        } else if (model instanceof ScreenModel.Form form) {
            for (ScreenModel.Input input : form.inputs()) {
                if (!input.complete()) {
                    engine.input(input.name(), sample(input.kind()));
                }
            }
            engine.next();
        } else {
            engine.next();
        }
        return true;
    }

    /** What a demo resident types: Wang Ming's car, Zhang Wei's health check, a residence date long enough ago. */
    private static String sample(Step.InputKind kind) {
        return switch (kind) {
            case PLATE -> "浙B8F123";
            case ENGINE_DIGITS -> "700123";
            case DATE -> "20200101";
            case DIGITS -> "13800000000";
            case PHONE -> "13800000000";
            case REFERENCE -> "TJ-SX-000125";
        };
    }

    private FlowState settle() throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        FlowState state = engine.state();
        while (state.busy() && System.nanoTime() < until) {
            Thread.sleep(10);
            state = engine.state();
        }
        for (int settled = 0; settled < 3 && System.nanoTime() < until; ) {
            Thread.sleep(20); // a step that continues by itself (a query) publishes busy again at once
            FlowState again = engine.state();
            settled = again.busy() || !again.equals(state) ? 0 : settled + 1;
            state = again;
        }
        return state;
    }

    private void await(Class<? extends ScreenModel> kind) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (!engine.state().shows(kind) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }
}
