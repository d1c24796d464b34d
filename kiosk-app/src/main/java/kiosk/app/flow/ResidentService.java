package kiosk.app.flow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiosk.app.model.DocumentType;

/**
 * A resident service, declared once: its id, domain, the documents it accepts, the devices it needs,
 * and its steps. Its strings follow from its id ({@code service.<id>.title}, {@code service.<id>.<step>.title}).
 * The engine builds the menu from these declarations and runs their steps. {@code offeredWhen}, when
 * given, is asked once the resident is identified: the menu offers the service only when it answers true
 * (reprints only to a resident who has one waiting).
 */
public record ResidentService(String id, Domain domain, Set<DocumentType> accepts, Set<Need> needs, List<Step> steps,
                              Step.Call<Boolean> offeredWhen) {

    /** What a service cannot finish without; the menu marks it unavailable, with the reason, up front. */
    public enum Need { RECEIPT_PRINTER, BACKEND }

    public ResidentService {
        if (!id.matches("[a-z-]+\\.[a-z-]+")) {
            throw new IllegalArgumentException("service id must be domain.name in lower case: " + id);
        }
        accepts = Set.copyOf(accepts);
        needs = Set.copyOf(needs);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(id + ": a service needs at least one step");
        }
        Set<String> ids = new HashSet<>();
        for (Step step : steps) {
            if (!ids.add(step.id())) {
                throw new IllegalArgumentException(id + ": step id '" + step.id() + "' is used twice");
            }
        }
        Step last = steps.get(steps.size() - 1);
        if (!(last instanceof Step.Show || last instanceof Step.AddToBasket || last instanceof Step.Print)) {
            throw new IllegalArgumentException(id + ": the last step must show, add to the basket or print");
        }
    }

    /** A service the menu always offers. */
    public ResidentService(String id, Domain domain, Set<DocumentType> accepts, Set<Need> needs, List<Step> steps) {
        this(id, domain, accepts, needs, steps, null);
    }

    public String titleKey() {
        return "service." + id + ".title";
    }

    public String stepKey(Step step, String part) {
        return "service." + id + "." + step.id() + "." + part;
    }

    public boolean accepts(DocumentType type) {
        return accepts.contains(type);
    }
}
