package kiosk.peripherals.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kiosk.peripherals.scanner.PayloadException;
import kiosk.peripherals.scanner.PayloadPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DelimiterFramerTest {

    private static final long SEC = 1_000_000_000L;

    private static List<String> texts(List<DelimiterFramer.Frame> frames) {
        List<String> out = new ArrayList<>();
        for (DelimiterFramer.Frame f : frames) {
            if (f instanceof DelimiterFramer.Payload p) {
                out.add(new String(p.bytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<DelimiterFramer.Frame> feedInPieces(DelimiterFramer f, byte[] data, int piece) {
        List<DelimiterFramer.Frame> out = new ArrayList<>();
        for (int i = 0; i < data.length; i += piece) {
            int n = Math.min(piece, data.length - i);
            out.addAll(f.feed(data, i, n, 0));
        }
        return out;
    }

    @Test
    void crlfSplitAcrossReadsStillEndsTheFrame() {
        DelimiterFramer f = new DelimiterFramer(Delimiter.CRLF, 64, SEC);
        byte[] data = "ONE\r\nTWO\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(texts(feedInPieces(f, data, 1))).containsExactly("ONE", "TWO");
        assertThat(texts(f.feed("A\rB\r\n".getBytes(), 0, 5, 0))).containsExactly("A\rB");
    }

    @Test
    void crAndLfDelimitersAndEmptyFramesSkipped() {
        DelimiterFramer cr = new DelimiterFramer(Delimiter.CR, 64, SEC);
        assertThat(texts(feedInPieces(cr, "X1\r\rX2\r".getBytes(), 3))).containsExactly("X1", "X2");
        DelimiterFramer lf = new DelimiterFramer(Delimiter.LF, 64, SEC);
        assertThat(texts(feedInPieces(lf, "缴费\n".getBytes(StandardCharsets.UTF_8), 2))).containsExactly("缴费");
    }

    @Test
    void oversizedFrameIsDroppedToItsDelimiterAndReportedOnce() {
        DelimiterFramer f = new DelimiterFramer(Delimiter.CR, 4, SEC);
        List<DelimiterFramer.Frame> out = f.feed("TOOLONG\rOK\r".getBytes(), 0, 11, 0);
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isEqualTo(new DelimiterFramer.Oversized(7));
        assertThat(texts(out)).containsExactly("OK");
    }

    @Test
    void aQuietPartialFrameIsDroppedBeforeTheNextCode() {
        DelimiterFramer f = new DelimiterFramer(Delimiter.CR, 64, SEC / 2);
        assertThat(f.feed("HALF".getBytes(), 0, 4, 0)).isEmpty();
        assertThat(f.idle(SEC)).containsExactly(new DelimiterFramer.Stale(4));
        assertThat(texts(f.feed("CODE\r".getBytes(), 0, 5, 2 * SEC))).containsExactly("CODE");
    }

    @Property(tries = 200)
    void arbitraryBytesInArbitraryPiecesNeverHangOrLeak(@ForAll @Size(max = 300) byte[] data,
                                                        @ForAll @IntRange(min = 1, max = 17) int piece) {
        DelimiterFramer f = new DelimiterFramer(Delimiter.CRLF, 32, SEC);
        PayloadPolicy policy = new PayloadPolicy(32);
        for (DelimiterFramer.Frame frame : feedInPieces(f, data, piece)) {
            if (frame instanceof DelimiterFramer.Payload p) {
                assertThat(p.bytes().length).isBetween(1, 32);
                try {
                    assertThat(policy.decode(p.bytes()).text()).isNotEmpty();
                } catch (PayloadException e) {
                    assertThat(e.reason()).startsWith("scanner.payload-");
                }
            } else if (frame instanceof DelimiterFramer.Oversized o) {
                assertThat(o.length()).isGreaterThan(32);
            }
        }
    }
}
