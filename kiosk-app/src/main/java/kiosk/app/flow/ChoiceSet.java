package kiosk.app.flow;

import java.util.List;

/** What a resident ticked in a multiple-choice step (ids of the options). */
public record ChoiceSet(List<String> ids) {
    public ChoiceSet {
        ids = List.copyOf(ids);
    }
}
