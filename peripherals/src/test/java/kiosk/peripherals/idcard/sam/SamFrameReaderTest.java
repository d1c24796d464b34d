package kiosk.peripherals.idcard.sam;

import static kiosk.peripherals.idcard.sam.HandFrames.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SamFrameReaderTest {

    private static final Duration SHORT = Duration.ofMillis(150);

    @Test
    void readsAFrameArrivingInFragments() throws Exception {
        byte[] f = frame(0x00, 0x00, 0x90, 0x11, 0x22, 0x33);
        ScriptedTransport t = new ScriptedTransport()
                .chunk(Arrays.copyOfRange(f, 0, 3)).chunk(Arrays.copyOfRange(f, 3, 8)).chunk(Arrays.copyOfRange(f, 8, f.length));
        assertThat(new SamFrameReader(t).readFrame(SHORT)).isEqualTo(HandFrames.bytes(0x00, 0x00, 0x90, 0x11, 0x22, 0x33));
    }

    @Test
    void silenceIsATimeout() {
        assertThatThrownBy(() -> new SamFrameReader(new ScriptedTransport()).readFrame(SHORT))
                .isInstanceOf(SamProtocolException.class)
                .hasFieldOrPropertyWithValue("kind", SamProtocolException.Kind.TIMEOUT)
                .hasFieldOrPropertyWithValue("code", kiosk.peripherals.device.CompletionCode.TIME_OUT);
    }

    @Test
    void aFrameThatStopsHalfwayIsTruncated() {
        byte[] f = frame(0x00, 0x00, 0x90, 1, 2, 3, 4, 5, 6);
        ScriptedTransport t = new ScriptedTransport().chunk(Arrays.copyOf(f, 9));
        assertThatThrownBy(() -> new SamFrameReader(t).readFrame(SHORT))
                .hasFieldOrPropertyWithValue("kind", SamProtocolException.Kind.TRUNCATED);
    }

    @Test
    void aLostLinkIsNoDevice() {
        ScriptedTransport t = new ScriptedTransport().lostAfterScript();
        assertThatThrownBy(() -> new SamFrameReader(t).readFrame(SHORT))
                .hasFieldOrPropertyWithValue("kind", SamProtocolException.Kind.LINK_LOST)
                .hasFieldOrPropertyWithValue("code", kiosk.peripherals.device.CompletionCode.NO_DEVICE);
    }

    @Test
    void badChecksumIsTyped() {
        byte[] f = frame(0x00, 0x00, 0x90);
        f[f.length - 1] ^= 0x01;
        assertThatThrownBy(() -> new SamFrameReader(new ScriptedTransport().chunk(f)).readFrame(SHORT))
                .hasFieldOrPropertyWithValue("kind", SamProtocolException.Kind.BAD_CHECKSUM);
    }

    @Property(tries = 60)
    void arbitraryBytesEndInAFrameOrATypedErrorWithinTheTimeout(@ForAll @Size(max = 1500) byte[] noise) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            SamFrameReader reader = new SamFrameReader(new ScriptedTransport().chunk(noise));
            try {
                assertThat(reader.readFrame(Duration.ofMillis(40))).isNotNull();
            } catch (SamProtocolException e) {
                assertThat(e.reason()).startsWith("sam.");
            }
        });
    }
}
