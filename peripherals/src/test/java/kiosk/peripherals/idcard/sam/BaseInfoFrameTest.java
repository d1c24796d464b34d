package kiosk.peripherals.idcard.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.idcard.sam.sim.TextBlockEncoder;
import org.junit.jupiter.api.Test;

/** Reply frames as readers in the field send them, pasted into diag decode-id. */
class BaseInfoFrameTest {

    @Test
    void aReadWithFingerprintReplyDecodesAndItsFingerprintIsIgnored() throws Exception {
        byte[] text = TextBlockEncoder.encode(SampleCards.wangMing());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(HandFrames.bytes(0x01, 0x00, 0x04, 0x00, 0x04, 0x00)); // text 256, photo 1024, fingerprint 1024
        data.writeBytes(text);
        data.writeBytes(new byte[1024]);
        data.writeBytes(new byte[1024]);
        byte[] frame = HandFrames.frameWithData(new int[] {0x00, 0x00, 0x90}, data.toByteArray());
        assertThat(frame).hasSize(7 + 3 + 6 + 256 + 1024 + 1024 + 1);
        ResidentIdCard card = (ResidentIdCard) BaseInfo.decodeFrame(frame);
        assertThat(card.name()).isEqualTo("王\uD86D\uDCE7明");
        assertThat(card.idNumber().value()).isEqualTo("330282196011010052");
    }

    @Test
    void aCommandFramePastedByMistakeIsNamed() {
        assertThatThrownBy(() -> BaseInfo.decodeFrame(HandFrames.frame(0x20, 0x01)))
                .hasMessageContaining("FIND_CARD").hasMessageContaining("not its reply");
    }

    @Test
    void lengthsThatFitNeitherLayoutAreRefused() {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(HandFrames.bytes(0x01, 0x00, 0x04, 0x00, 0x04, 0x00));
        data.writeBytes(new byte[256 + 1024 + 100]); // fingerprint shorter than announced
        byte[] frame = HandFrames.frameWithData(new int[] {0x00, 0x00, 0x90}, data.toByteArray());
        assertThatThrownBy(() -> BaseInfo.decodeFrame(frame)).isInstanceOf(SamProtocolException.class)
                .hasMessageContaining("do not fit");
    }
}
