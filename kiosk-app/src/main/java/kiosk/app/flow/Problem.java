package kiosk.app.flow;

import java.util.List;

/**
 * Something went wrong, said the resident's way: message keys into the bundles (what happened, what
 * to do next) plus arguments, and whether trying again can help.
 */
public record Problem(String code, String titleKey, String adviceKey, List<String> args, boolean retryable) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String code, String titleKey, String adviceKey, boolean retryable) {
        return new Problem(code, titleKey, adviceKey, List.of(), retryable);
    }
}
