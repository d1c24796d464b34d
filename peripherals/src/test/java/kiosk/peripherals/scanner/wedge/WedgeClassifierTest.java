package kiosk.peripherals.scanner.wedge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kiosk.peripherals.scanner.PayloadException;
import kiosk.peripherals.scanner.PayloadPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WedgeClassifierTest {

    private static final long MS = 1_000_000L;

    private static List<WedgeClassifier.Output> type(WedgeClassifier c, String keys, long startMs, long[] gapsMs) {
        List<WedgeClassifier.Output> out = new ArrayList<>();
        long t = startMs * MS;
        for (int i = 0; i < keys.length(); i++) {
            t += gapsMs[i % gapsMs.length] * MS;
            out.addAll(c.key(keys.charAt(i), t));
        }
        out.addAll(c.poll(t + 500 * MS));
        return out;
    }

    private static String typedText(List<WedgeClassifier.Output> out) {
        StringBuilder s = new StringBuilder();
        out.forEach(o -> {
            if (o instanceof WedgeClassifier.Typed t) {
                s.append(t.text());
            }
        });
        return s.toString();
    }

    @Test
    void aScannerBurstBecomesOneCode() {
        WedgeClassifier c = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, PayloadPolicy.standard());
        List<WedgeClassifier.Output> out = type(c, "KIOSK-ORDER-42\n", 0, new long[] {7, 12, 16, 9});
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).isInstanceOfSatisfying(WedgeClassifier.Scanned.class,
                s -> assertThat(s.code().text()).isEqualTo("KIOSK-ORDER-42"));
    }

    @Test
    void humanTypingPassesThroughUnchangedIncludingEnter() {
        WedgeClassifier c = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, PayloadPolicy.standard());
        Random jitter = new Random(7);
        long[] gaps = new long[20];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = 80 + jitter.nextInt(220); // 80-300 ms between keys
        }
        List<WedgeClassifier.Output> out = type(c, "13800138000\n", 0, gaps);
        assertThat(typedText(out)).isEqualTo("13800138000\n");
        assertThat(out).noneMatch(o -> o instanceof WedgeClassifier.Scanned);
    }

    @Test
    void aFastTypistsOccasionalQuickPairIsStillTyping() {
        WedgeClassifier c = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, PayloadPolicy.standard());
        List<WedgeClassifier.Output> out = type(c, "abcdef\n", 0, new long[] {120, 25, 140, 20, 95, 110, 130});
        assertThat(typedText(out)).isEqualTo("abcdef\n");
    }

    @Test
    void heldCharactersAreReleasedWhenTheBurstStalls() {
        WedgeClassifier c = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, PayloadPolicy.standard());
        assertThat(c.key('a', 0)).isEmpty();
        assertThat(c.holding()).isTrue();
        assertThat(c.poll(10 * MS)).isEmpty();
        assertThat(c.poll(100 * MS)).containsExactly(new WedgeClassifier.Typed("a"));
        assertThat(c.holding()).isFalse();
    }

    @Test
    void prefixAndSuffixAreRequiredAndStripped() {
        WedgeClassifier.Config cfg = new WedgeClassifier.Config(Duration.ofMillis(30), 4, "]Q", "#");
        WedgeClassifier c = new WedgeClassifier(cfg, PayloadPolicy.standard());
        List<WedgeClassifier.Output> scanned = type(c, "]QABC123#\n", 0, new long[] {10});
        assertThat(scanned).singleElement().isInstanceOfSatisfying(WedgeClassifier.Scanned.class,
                s -> assertThat(s.code().text()).isEqualTo("ABC123"));
        List<WedgeClassifier.Output> unframed = type(c, "ABC123\n", 10_000, new long[] {10});
        assertThat(typedText(unframed)).isEqualTo("ABC123\n");
    }

    @Test
    void aBurstBeyondTheSizeLimitIsRejectedTyped() {
        WedgeClassifier c = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, new PayloadPolicy(8));
        List<WedgeClassifier.Output> out = type(c, "0123456789\n", 0, new long[] {8});
        assertThat(out).singleElement().isInstanceOfSatisfying(WedgeClassifier.Rejected.class,
                r -> assertThat(r.error().rule()).isEqualTo(PayloadException.Rule.TOO_LARGE));
    }

    @Test
    void shortFastBurstsAreNotScans() {
        WedgeClassifier c = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, PayloadPolicy.standard());
        assertThat(typedText(type(c, "ok\n", 0, new long[] {10}))).isEqualTo("ok\n");
    }

    /** Whatever the timing, no key is lost or reordered: typing passes through, scans keep their text. */
    @Property(tries = 200)
    void nothingIsLostOrReorderedWhateverTheTiming(
            @ForAll @Size(max = 60) List<@CharRange(from = ' ', to = '~') Character> chars,
            @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 200) Integer> gapsMs,
            @ForAll @IntRange(min = 0, max = 8) int enterEvery) {
        WedgeClassifier c = new WedgeClassifier(WedgeClassifier.Config.DEFAULT, PayloadPolicy.standard());
        StringBuilder typed = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        List<WedgeClassifier.Output> out = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < chars.size(); i++) {
            char k = enterEvery > 0 && i % (enterEvery + 4) == enterEvery + 3 ? '\n' : chars.get(i);
            t += (gapsMs.isEmpty() ? 10 : gapsMs.get(i % gapsMs.size())) * MS;
            expected.append(k);
            out.addAll(c.key(k, t));
        }
        out.addAll(c.poll(t + 1_000 * MS));
        for (WedgeClassifier.Output o : out) {
            if (o instanceof WedgeClassifier.Typed ty) {
                typed.append(ty.text());
            } else if (o instanceof WedgeClassifier.Scanned sc) {
                typed.append(sc.code().text()).append('\n');
            } else {
                throw new AssertionError("nothing here breaks the policy: " + o);
            }
        }
        assertThat(typed.toString()).isEqualTo(expected.toString());
        assertThat(c.holding()).isFalse();
    }
}
