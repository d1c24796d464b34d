package kiosk.peripherals.scanner.wedge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kiosk.peripherals.scanner.PayloadException;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.ScannedCode;

/**
 * Tells a keyboard-wedge scanner's burst from a person typing, from key timing alone: scanners type
 * 7-16 ms apart and end with Enter, people type far slower and with jitter. Pure logic: the kiosk
 * feeds it every typed character with its timestamp and acts on what comes out.
 *
 * <p>Characters are held back while they may still be the start of a burst; as soon as a gap is
 * too long for a scanner (or {@link #poll} finds the burst stalled) they are released unchanged as
 * typing. A burst that ends in Enter, is long enough and carries the configured prefix/suffix
 * becomes one {@link ScannedCode} (prefix, suffix and Enter removed, the {@link PayloadPolicy}
 * applied); the Enter is consumed.
 */
public final class WedgeClassifier {

    /**
     * @param maxGap        longest gap between two keys of one burst (scanners: 7-16 ms)
     * @param minLength     fewest characters (before Enter, prefix and suffix included) of a scan
     * @param prefix        characters the scanner is configured to send first ("" for none)
     * @param suffix        characters the scanner sends before Enter ("" for none)
     */
    public record Config(Duration maxGap, int minLength, String prefix, String suffix) {
        public Config {
            Objects.requireNonNull(maxGap, "maxGap");
            prefix = prefix == null ? "" : prefix;
            suffix = suffix == null ? "" : suffix;
            if (minLength < 1) {
                throw new IllegalArgumentException("minLength must be positive");
            }
        }

        public static final Config DEFAULT = new Config(Duration.ofMillis(30), 4, "", "");
    }

    /** What the classifier releases. */
    public sealed interface Output permits Typed, Scanned, Rejected {
    }

    /** Characters a person typed: pass them on to the focused field unchanged. */
    public record Typed(String text) implements Output {
    }

    /** A scanner burst, decoded and checked. */
    public record Scanned(ScannedCode code) implements Output {
    }

    /** A scanner burst that broke the payload policy. */
    public record Rejected(PayloadException error) implements Output {
    }

    private final Config config;
    private final PayloadPolicy policy;
    private final StringBuilder pending = new StringBuilder();
    private long lastKeyNanos;

    public WedgeClassifier(Config config, PayloadPolicy policy) {
        this.config = config;
        this.policy = policy;
    }

    /**
     * Feeds one character typed at {@code nanos} (any monotonic clock, e.g. a key event's time).
     * Enter is '\n' or '\r'.
     */
    public List<Output> key(char c, long nanos) {
        List<Output> out = new ArrayList<>();
        boolean enter = c == '\n' || c == '\r';
        if (pending.length() > 0 && nanos - lastKeyNanos > config.maxGap().toNanos()) {
            release(out); // too slow for a scanner: what was held is typing
        }
        lastKeyNanos = nanos;
        if (enter) {
            if (pending.length() > 0) {
                classifyBurst(out, c);
            } else {
                release(out);
                out.add(new Typed(String.valueOf(c)));
            }
            return out;
        }
        pending.append(c);
        return out;
    }

    /** Releases held characters as typing once the burst has stalled; call it from a timer. */
    public List<Output> poll(long nanos) {
        List<Output> out = new ArrayList<>();
        if (pending.length() > 0 && nanos - lastKeyNanos > config.maxGap().toNanos()) {
            release(out);
        }
        return out;
    }

    /** Whether characters are being held (the kiosk may show nothing yet for them). */
    public boolean holding() {
        return pending.length() > 0;
    }

    private void classifyBurst(List<Output> out, char enter) {
        String burst = pending.toString();
        boolean framed = burst.length() >= config.minLength() && burst.startsWith(config.prefix())
                && burst.endsWith(config.suffix())
                && burst.length() > config.prefix().length() + config.suffix().length();
        if (!framed) {
            release(out);
            out.add(new Typed(String.valueOf(enter)));
            return;
        }
        pending.setLength(0);
        String payload = burst.substring(config.prefix().length(), burst.length() - config.suffix().length());
        try {
            out.add(new Scanned(policy.acceptText(payload, ScannedCode.Source.KEYBOARD_WEDGE)));
        } catch (PayloadException e) {
            out.add(new Rejected(e));
        }
    }

    private void release(List<Output> out) {
        if (pending.length() > 0) {
            out.add(new Typed(pending.toString()));
            pending.setLength(0);
        }
    }
}
