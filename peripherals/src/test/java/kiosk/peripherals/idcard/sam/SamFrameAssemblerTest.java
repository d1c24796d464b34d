package kiosk.peripherals.idcard.sam;

import static kiosk.peripherals.idcard.sam.HandFrames.bytes;
import static kiosk.peripherals.idcard.sam.HandFrames.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SamFrameAssemblerTest {

    @Test
    void reassemblesAFrameFedOneByteAtATime() throws Exception {
        byte[] f = frame(0x00, 0x00, 0x90, 0x01, 0x02);
        SamFrameAssembler assembler = new SamFrameAssembler();
        for (int i = 0; i < f.length - 1; i++) {
            assembler.feed(f, i, 1);
            assertThat(assembler.next()).isEmpty();
        }
        assembler.feed(f, f.length - 1, 1);
        assertThat(assembler.next()).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes(0x00, 0x00, 0x90, 0x01, 0x02)));
    }

    @Test
    void skipsGarbageIncludingPartialPreamblesBeforeAFrame() throws Exception {
        byte[] garbage = bytes(0x13, 0xAA, 0xAA, 0x96, 0xAA, 0xAA, 0xAA, 0x96, 0x00);
        byte[] f = frame(0x00, 0x00, 0x9F, 0, 0, 0, 0);
        SamFrameAssembler assembler = new SamFrameAssembler();
        assembler.feed(garbage, 0, garbage.length);
        assembler.feed(f, 0, f.length);
        assertThat(assembler.next()).hasValueSatisfying(b -> assertThat(b[2] & 0xFF).isEqualTo(0x9F));
        assertThat(assembler.buffered()).isZero();
    }

    @Test
    void badChecksumIsReportedAndTheNextFrameStillReads() throws Exception {
        byte[] bad = frame(0x00, 0x00, 0x90);
        bad[bad.length - 1] ^= 0x40;
        byte[] good = frame(0x00, 0x00, 0x80);
        SamFrameAssembler assembler = new SamFrameAssembler();
        assembler.feed(bad, 0, bad.length);
        assembler.feed(good, 0, good.length);
        assertThatThrownBy(assembler::next).isInstanceOf(SamProtocolException.class)
                .hasFieldOrPropertyWithValue("reason", "sam.bad-checksum");
        assertThat(assembler.next()).hasValueSatisfying(b -> assertThat(b[2] & 0xFF).isEqualTo(0x80));
    }

    @Test
    void impossibleLengthIsReportedAndResynchronises() throws Exception {
        byte[] bad = bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x7F, 0xFF, 0x01, 0x02);
        byte[] good = frame(0x00, 0x00, 0x90);
        SamFrameAssembler assembler = new SamFrameAssembler();
        assembler.feed(bad, 0, bad.length);
        assembler.feed(good, 0, good.length);
        assertThatThrownBy(assembler::next).hasFieldOrPropertyWithValue("reason", "sam.bad-length");
        assertThat(assembler.next()).isPresent();
    }

    @Property(tries = 100)
    void anySplitOfConsecutiveFramesYieldsTheSameFrames(@ForAll("bodies") List<byte[]> bodies,
            @ForAll @IntRange(min = 1, max = 64) int chunk) throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (byte[] body : bodies) {
            stream.writeBytes(SamCodec.frame(body));
        }
        byte[] all = stream.toByteArray();
        SamFrameAssembler assembler = new SamFrameAssembler();
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < all.length; i += chunk) {
            assembler.feed(all, i, Math.min(chunk, all.length - i));
            Optional<byte[]> f;
            while ((f = assembler.next()).isPresent()) {
                out.add(f.get());
            }
        }
        assertThat(out).hasSameSizeAs(bodies);
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(out.get(i)).isEqualTo(bodies.get(i));
        }
    }

    @Property(tries = 300)
    void arbitraryBytesGiveFramesOrTypedErrorsAndNeverHang(@ForAll @Size(max = 3000) byte[] noise,
            @ForAll boolean withPreamble) {
        byte[] input = noise;
        if (withPreamble && noise.length > 8) {
            input = noise.clone();
            System.arraycopy(SamCodec.PREAMBLE, 0, input, 0, 5);
        }
        byte[] bytes = input;
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            SamFrameAssembler assembler = new SamFrameAssembler();
            assembler.feed(bytes, 0, bytes.length);
            for (int i = 0; i <= bytes.length; i++) { // every call consumes or waits: bounded
                try {
                    if (assembler.next().isEmpty()) {
                        break;
                    }
                } catch (SamProtocolException e) {
                    assertThat(e.reason()).startsWith("sam.");
                }
            }
            try {
                SamCodec.decodeSingleFrame(bytes);
            } catch (SamProtocolException e) {
                assertThat(e.kind()).isNotNull();
            }
        });
    }

    @Provide
    Arbitrary<List<byte[]>> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(3).ofMaxSize(300).list().ofMinSize(1).ofMaxSize(5);
    }
}
