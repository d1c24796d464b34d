package kiosk.app.input;

import java.util.List;

/** Valid when any of the alternatives is (ordinary or new-energy plate; 4, 5 or 6 characters). */
record AnyOf(List<EntryRule> rules) implements EntryRule {

    AnyOf {
        rules = List.copyOf(rules);
    }

    @Override
    public boolean isPrefix(String value) {
        return rules.stream().anyMatch(r -> r.isPrefix(value));
    }

    @Override
    public boolean isComplete(String value) {
        return rules.stream().anyMatch(r -> r.isComplete(value));
    }
}
