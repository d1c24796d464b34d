package kiosk.app.flow;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import kiosk.app.i18n.Formats;
import kiosk.app.model.LocalizedText;

/**
 * Something went wrong, said the resident's way: message keys into the bundles (what happened, what to
 * do next) plus arguments, whether trying again can help, the backend's own words when it refused
 * (shown instead of the title's generic words), and whether the resident must go to a counter.
 * {@code code} is for staff and logs only, never shown: residents read the {@link Reference} instead,
 * which the engine stamps when the problem goes on screen (null until then).
 */
public record Problem(String code, String titleKey, String adviceKey, List<String> args, boolean retryable,
                      LocalizedText words, boolean counter, Reference reference) {

    public Problem {
        args = List.copyOf(args);
    }

    public Problem(String code, String titleKey, String adviceKey, List<String> args, boolean retryable,
                   LocalizedText words, boolean counter) {
        this(code, titleKey, adviceKey, args, retryable, words, counter, null);
    }

    public static Problem of(String code, String titleKey, String adviceKey, boolean retryable) {
        return new Problem(code, titleKey, adviceKey, List.of(), retryable, null, adviceKey.equals(Problems.COUNTER_ADVICE));
    }

    public Problem withReference(Reference value) {
        return new Problem(code, titleKey, adviceKey, args, retryable, words, counter, value);
    }

    /**
     * What a resident reads out to the hotline or to staff instead of a code: this kiosk, the step of the
     * visit (its step bar name, in the resident's language) and the minute (kiosk time, 24-hour), e.g.
     * "KIOSK-0042 · 支付 · 02:14". The log line and admin mode's recent events carry the same reference
     * beside the code ({@link #logText}), so staff map one to the other.
     */
    public record Reference(String kiosk, Progress step, LocalTime at) {
        public Reference {
            Objects.requireNonNull(kiosk, "kiosk");
            Objects.requireNonNull(step, "step");
            at = at.withSecond(0).withNano(0);
        }

        /** The reference in staff's words: "KIOSK-0042 · pay · 02:14". */
        public String logText() {
            return kiosk + " · " + step.name().toLowerCase(java.util.Locale.ROOT) + " · " + Formats.time(at);
        }
    }
}
