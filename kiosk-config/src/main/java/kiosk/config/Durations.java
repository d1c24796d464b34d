package kiosk.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration syntax of the kiosk: a number and its unit, {@code 500ms}, {@code 1.5s}, {@code 2m},
 * {@code 1h}, {@code 90d}. A bare number is refused: "30" could be seconds or milliseconds, and a wrong guess is an
 * outage. The configuration, its device settings and every command line option read durations here;
 * peripherals, which shares no code with this module, implements the same grammar in its DeviceSpec.
 */
public final class Durations {

    private static final Pattern SYNTAX = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /** Parses a duration; throws IllegalArgumentException with the rule when the text does not follow it. */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a duration is required, such as 500ms, 8s or 2m");
        }
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 500ms, 8s or 2m");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        BigDecimal millis = switch (m.group(2)) {
            case "ms" -> amount;
            case "s" -> amount.multiply(BigDecimal.valueOf(1_000));
            case "m" -> amount.multiply(BigDecimal.valueOf(60_000));
            case "h" -> amount.multiply(BigDecimal.valueOf(3_600_000));
            default -> amount.multiply(BigDecimal.valueOf(86_400_000));
        };
        if (millis.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + text + "' is finer than a millisecond");
        }
        return Duration.ofMillis(millis.longValueExact());
    }

    /** The shortest exact text of a duration in this syntax (90s, 1500ms, 2m); parse(format(d)) == d. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % 86_400_000 == 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0) {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }
}
