package kiosk.app.flow;

import java.util.List;
import kiosk.app.model.LocalizedText;

/**
 * Something went wrong, said the resident's way: message keys into the bundles (what happened, what to
 * do next) plus arguments, whether trying again can help, the backend's own words when it refused
 * (shown instead of the title's generic words), and whether the resident must go to a counter.
 */
public record Problem(String code, String titleKey, String adviceKey, List<String> args, boolean retryable,
                      LocalizedText words, boolean counter) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String code, String titleKey, String adviceKey, boolean retryable) {
        return new Problem(code, titleKey, adviceKey, List.of(), retryable, null, adviceKey.equals(Problems.COUNTER_ADVICE));
    }
}
