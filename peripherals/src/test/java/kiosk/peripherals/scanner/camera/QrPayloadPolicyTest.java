package kiosk.peripherals.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kiosk.peripherals.scanner.PayloadException;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.ScannedCode;
import org.junit.jupiter.api.Test;

/** The camera pipeline hands every payload to the scanner payload policy and reports rejections as results. */
class QrPayloadPolicyTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void utf8ChinesePayloadIsReadAsUtf8() {
        String text = "预约编号：2026112900017 王𫓧明";
        QrDecodeOutcome outcome = QrDecodePipeline.withDefaults().decode(CleanCodes.of(text.getBytes(StandardCharsets.UTF_8), 4));
        assertThat(outcome).isInstanceOfSatisfying(QrDecodeOutcome.Decoded.class, decoded -> {
            assertThat(decoded.code().text()).isEqualTo(text);
            assertThat(decoded.code().charset()).isEqualTo("UTF-8");
            assertThat(decoded.code().source()).isEqualTo(ScannedCode.Source.CAMERA);
        });
    }

    @Test
    void gb18030PayloadIsReadAsGb18030() {
        String text = "交通违法缴费 京A12345";
        QrDecodeOutcome outcome = QrDecodePipeline.withDefaults().decode(CleanCodes.of(text.getBytes(GB18030), 4));
        assertThat(outcome).isInstanceOfSatisfying(QrDecodeOutcome.Decoded.class, decoded -> {
            assertThat(decoded.code().text()).isEqualTo(text);
            assertThat(decoded.code().charset()).isEqualTo("GB18030");
        });
    }

    @Test
    void oversizedPayloadIsRejectedWithTheTypedResult() {
        byte[] payload = new byte[300];
        Arrays.fill(payload, (byte) 'A');
        QrDecodePipeline strict = new QrDecodePipeline(QrPipelineSettings.defaults(), new PayloadPolicy(256));
        QrDecodeOutcome outcome = strict.decode(CleanCodes.of(payload, 3));
        assertThat(outcome).isInstanceOfSatisfying(QrDecodeOutcome.PayloadRejected.class, rejected -> {
            assertThat(rejected.rule()).isEqualTo(PayloadException.Rule.TOO_LARGE);
            assertThat(rejected.reason()).isEqualTo("scanner.payload-too-large");
            assertThat(rejected.attempt()).isNotBlank();
        });
    }

    @Test
    void payloadInNeitherUtf8NorGb18030IsRejectedWithTheTypedResult() {
        byte[] payload = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 0x41, (byte) 0xFF};
        QrDecodeOutcome outcome = QrDecodePipeline.withDefaults().decode(CleanCodes.of(payload, 4));
        assertThat(outcome).isInstanceOfSatisfying(QrDecodeOutcome.PayloadRejected.class,
                rejected -> assertThat(rejected.rule()).isEqualTo(PayloadException.Rule.UNDECODABLE));
    }

    @Test
    void rejectionNeverShowsThePayload() {
        byte[] payload = "https://qr.alipay.com/bax0SECRET".getBytes(StandardCharsets.UTF_8);
        QrDecodeOutcome outcome = new QrDecodePipeline(QrPipelineSettings.defaults(), new PayloadPolicy(8))
                .decode(CleanCodes.of(payload, 4));
        assertThat(outcome).isInstanceOf(QrDecodeOutcome.PayloadRejected.class);
        assertThat(outcome.toString()).doesNotContain("SECRET");
        QrDecodeOutcome decoded = QrDecodePipeline.withDefaults().decode(CleanCodes.of(payload, 4));
        assertThat(decoded).isInstanceOf(QrDecodeOutcome.Decoded.class);
        assertThat(decoded.toString()).doesNotContain("SECRET");
    }
}
