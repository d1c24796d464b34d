package kiosk.app.assembly;

import java.util.function.Consumer;
import kiosk.app.admin.RecentEvents;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Problem;
import kiosk.app.flow.Problems;

/**
 * Every problem a resident is shown goes to admin mode's recent events as its reference beside its code,
 * so staff who hear "KIOSK-0042 · 支付 · 02:14" on the phone or at the kiosk find what happened. Once per
 * problem: the same screen shown again (a language, a tick) is not a new event.
 */
final class ShownProblems implements Consumer<FlowState> {

    private final RecentEvents events;
    private Problem last;

    ShownProblems(RecentEvents events) {
        this.events = events;
    }

    @Override
    public void accept(FlowState state) {
        Problem problem = Problems.shownOn(state.model());
        if (problem != null && problem.reference() != null && problem != last) {
            last = problem;
            events.add("resident", "reference " + problem.reference().logText() + ": " + problem.code());
        }
    }
}
