package kiosk.peripherals.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PayloadPolicyTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private final PayloadPolicy policy = new PayloadPolicy(64);

    @Test
    void utf8IsDecodedAsUtf8() throws PayloadException {
        PayloadPolicy.Decoded d = policy.decode("缴费 王\uD86D\uDCE7明 OK".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("缴费 王\uD86D\uDCE7明 OK");
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws PayloadException {
        byte[] raw = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', 'B'};
        assertThat(policy.decode(raw).text()).isEqualTo("AB");
    }

    @Test
    void gb18030BytesFallBackToGb18030() throws PayloadException {
        byte[] raw = "张伟 缴费".getBytes(GB18030);
        PayloadPolicy.Decoded d = policy.decode(raw);
        assertThat(d.text()).isEqualTo("张伟 缴费");
        assertThat(d.charset()).isEqualTo("GB18030");
    }

    @Test
    void bytesValidInNeitherCharsetAreRejected() {
        byte[] raw = {'A', (byte) 0xFF, (byte) 0xFF, 'B'};
        assertThatThrownBy(() -> policy.decode(raw))
                .isInstanceOfSatisfying(PayloadException.class, e -> {
                    assertThat(e.rule()).isEqualTo(PayloadException.Rule.UNDECODABLE);
                    assertThat(e.reason()).isEqualTo("scanner.payload-undecodable");
                });
    }

    @Test
    void oversizedAndEmptyPayloadsAreRejected() throws PayloadException {
        assertThatThrownBy(() -> policy.decode(new byte[65]))
                .isInstanceOfSatisfying(PayloadException.class,
                        e -> assertThat(e.rule()).isEqualTo(PayloadException.Rule.TOO_LARGE));
        assertThatThrownBy(() -> policy.decode(new byte[0]))
                .isInstanceOfSatisfying(PayloadException.class,
                        e -> assertThat(e.rule()).isEqualTo(PayloadException.Rule.EMPTY));
        assertThat(policy.decode(new byte[] {'x'}).text()).isEqualTo("x");
    }

    @Test
    void textIsMeasuredInUtf8BytesAndLoneSurrogatesAreRejected() throws PayloadException {
        String sixtyThreeBytes = "张".repeat(21); // 21 x 3 bytes
        assertThat(policy.acceptText(sixtyThreeBytes, ScannedCode.Source.KEYBOARD_WEDGE).text()).isEqualTo(sixtyThreeBytes);
        assertThatThrownBy(() -> policy.acceptText(sixtyThreeBytes + "张", ScannedCode.Source.CAMERA))
                .isInstanceOfSatisfying(PayloadException.class,
                        e -> assertThat(e.rule()).isEqualTo(PayloadException.Rule.TOO_LARGE));
        assertThatThrownBy(() -> policy.acceptText("a\uD800b", ScannedCode.Source.CAMERA))
                .isInstanceOfSatisfying(PayloadException.class,
                        e -> assertThat(e.rule()).isEqualTo(PayloadException.Rule.UNDECODABLE));
    }

    @Test
    void scannedCodeToStringHidesThePayload() throws PayloadException {
        ScannedCode code = policy.accept("110101198503151235".getBytes(StandardCharsets.UTF_8), ScannedCode.Source.SERIAL);
        assertThat(code.toString()).doesNotContain("110101").contains("18 chars");
    }

    @Property(tries = 300)
    void arbitraryBytesDecodeExactlyOrFailTyped(@ForAll @Size(max = 80) byte[] raw) {
        try {
            PayloadPolicy.Decoded d = policy.decode(raw);
            assertThat(d.text()).doesNotContain("\uFFFD");
            if (d.charset().equals("UTF-8")) {
                assertThat(d.text().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(raw.length);
            }
        } catch (PayloadException e) {
            assertThat(e.reason()).startsWith("scanner.payload-");
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
