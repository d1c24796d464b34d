package kiosk.peripherals.idcard.sam;

import static kiosk.peripherals.idcard.sam.HandFrames.bytes;
import static kiosk.peripherals.idcard.sam.HandFrames.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kiosk.peripherals.device.CompletionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SamCodecTest {

    @Test
    void requestFramesMatchPublishedExamples() {
        // published in module manuals and several open-source drivers
        assertThat(SamCodec.request(SamCommand.FIND_CARD)).isEqualTo(bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22));
        assertThat(SamCodec.request(SamCommand.SELECT_CARD)).isEqualTo(bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x02, 0x21));
        assertThat(SamCodec.request(SamCommand.READ_BASE_INFO)).isEqualTo(bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x30, 0x01, 0x32));
        assertThat(SamCodec.request(SamCommand.RESET_SAM)).isEqualTo(bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x10, 0xFF, 0xEC));
        assertThat(SamCodec.request(SamCommand.SAM_STATUS)).isEqualTo(bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x11, 0xFF, 0xED));
    }

    static List<Arguments> everyCommand() {
        return List.of(
                Arguments.of(SamCommand.RESET_SAM, 0x10, 0xFF),
                Arguments.of(SamCommand.SAM_STATUS, 0x11, 0xFF),
                Arguments.of(SamCommand.SAM_ID, 0x12, 0xFF),
                Arguments.of(SamCommand.FIND_CARD, 0x20, 0x01),
                Arguments.of(SamCommand.SELECT_CARD, 0x20, 0x02),
                Arguments.of(SamCommand.READ_BASE_INFO, 0x30, 0x01),
                Arguments.of(SamCommand.READ_APPENDED_ADDRESS, 0x30, 0x03),
                Arguments.of(SamCommand.SET_BAUD, 0x60, 0x00));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandEncodesToTheHandBuiltFrame(SamCommand command, int cmd, int para) throws Exception {
        assertThat(SamCodec.request(command)).isEqualTo(frame(cmd, para));
        assertThat(SamCommand.of(cmd, para)).contains(command);
        SamFrameAssembler assembler = new SamFrameAssembler();
        byte[] f = frame(cmd, para);
        assembler.feed(f, 0, f.length);
        assertThat(assembler.next()).hasValueSatisfying(body -> assertThat(body).isEqualTo(bytes(cmd, para)));
    }

    @Test
    void setBaudCarriesTheRateInPara() {
        assertThat(SamCodec.request(0x60, BaudRate.B9600.code(), new byte[0])).isEqualTo(frame(0x60, 0x04));
        assertThat(SamCommand.of(0x60, 0x04)).contains(SamCommand.SET_BAUD);
        assertThat(BaudRate.ofCode(0x01)).contains(BaudRate.B57600);
    }

    static List<Arguments> everyStatus() {
        return List.of(
                Arguments.of(0x90, SamStatus.SUCCESS, null, false),
                Arguments.of(0x9F, SamStatus.FIND_CARD_OK, null, false),
                Arguments.of(0x10, SamStatus.CHECKSUM_ERROR, CompletionCode.PROTOCOL_ERROR, true),
                Arguments.of(0x11, SamStatus.LENGTH_ERROR, CompletionCode.PROTOCOL_ERROR, true),
                Arguments.of(0x21, SamStatus.COMMAND_ERROR, CompletionCode.PROTOCOL_ERROR, false),
                Arguments.of(0x24, SamStatus.UNRECOGNISED, CompletionCode.PROTOCOL_ERROR, false),
                Arguments.of(0x31, SamStatus.CARD_AUTH_FAILED, CompletionCode.USER_ERROR, true),
                Arguments.of(0x32, SamStatus.READER_AUTH_FAILED, CompletionCode.FRAUD_ATTEMPT, false),
                Arguments.of(0x33, SamStatus.VERIFICATION_FAILED, CompletionCode.INVALID_DATA, true),
                Arguments.of(0x40, SamStatus.WRONG_CARD_TYPE, CompletionCode.USER_ERROR, false),
                Arguments.of(0x41, SamStatus.READ_FAILED, CompletionCode.USER_ERROR, true),
                Arguments.of(0x47, SamStatus.RANDOM_NUMBER_FAILED, CompletionCode.USER_ERROR, true),
                Arguments.of(0x60, SamStatus.SELF_TEST_FAILED, CompletionCode.HARDWARE_ERROR, false),
                Arguments.of(0x66, SamStatus.NOT_AUTHORISED, CompletionCode.HARDWARE_ERROR, false),
                Arguments.of(0x80, SamStatus.NO_CARD, CompletionCode.USER_ERROR, true),
                Arguments.of(0x81, SamStatus.SELECT_FAILED, CompletionCode.USER_ERROR, true));
    }

    @ParameterizedTest
    @MethodSource("everyStatus")
    void everyStatusWordDecodesToItsTypedStatus(int sw3, SamStatus status, CompletionCode code, boolean retryable)
            throws Exception {
        byte[] f = frame(0x00, 0x00, sw3);
        SamReply reply = SamCodec.decodeReply(SamCodec.decodeSingleFrame(f));

        assertThat(reply.sw3()).isEqualTo(sw3);
        assertThat(reply.status()).contains(status);
        assertThat(status.completion()).isEqualTo(Optional.ofNullable(code));
        assertThat(status.isRetryable()).isEqualTo(retryable);
        assertThat(SamCodec.reply(status, new byte[0])).isEqualTo(f);
        if (code != null) {
            SamStatusException e = new SamStatusException(status, SamCommand.READ_BASE_INFO);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.reason()).isEqualTo(status.reason());
        }
    }

    @Test
    void onlySelfTestAndAuthorisationAreModuleFaults() {
        List<SamStatus> moduleFaults = new ArrayList<>();
        for (SamStatus s : SamStatus.values()) {
            if (s.isModuleFault()) {
                moduleFaults.add(s);
            }
        }
        assertThat(moduleFaults).containsExactly(SamStatus.SELF_TEST_FAILED, SamStatus.NOT_AUTHORISED);
        assertThat(SamStatus.of(0x55)).isEmpty();
    }

    @Test
    void publishedFindAndSelectRepliesDecode() throws Exception {
        // AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97 and ... 00 0C 00 00 90 (8 zero bytes) 9C
        byte[] found = bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x08, 0x00, 0x00, 0x9F, 0, 0, 0, 0, 0x97);
        byte[] selected = bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x0C, 0x00, 0x00, 0x90, 0, 0, 0, 0, 0, 0, 0, 0, 0x9C);
        byte[] noCard = bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x80, 0x84);
        assertThat(SamCodec.decodeReply(SamCodec.decodeSingleFrame(found)).status()).contains(SamStatus.FIND_CARD_OK);
        assertThat(SamCodec.decodeReply(SamCodec.decodeSingleFrame(selected)).data()).hasSize(8);
        assertThat(SamCodec.decodeReply(SamCodec.decodeSingleFrame(noCard)).status()).contains(SamStatus.NO_CARD);
    }

    @Test
    void readBaseInfoReplyIs1295Bytes() {
        byte[] reply = SamCodec.reply(SamStatus.SUCCESS, BaseInfo.encode(new byte[256], new byte[1024]));
        assertThat(reply).hasSize(1295).hasSize(BaseInfo.FRAME_SIZE);
        // header AA AA AA 96 69 05 08 00 00 90 01 00 04 00, as in the module manuals
        assertThat(java.util.Arrays.copyOf(reply, 14))
                .isEqualTo(bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x05, 0x08, 0x00, 0x00, 0x90, 0x01, 0x00, 0x04, 0x00));
    }

    @Test
    void singleFrameDecodingGivesTypedErrors() {
        byte[] good = frame(0x00, 0x00, 0x90);
        byte[] badChecksum = good.clone();
        badChecksum[badChecksum.length - 1] ^= 1;
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 2);
        byte[] badLength = bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0xFF, 0xFF, 0x00);
        byte[] tooShortLength = bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x01, 0x01);

        assertKind(badChecksum, SamProtocolException.Kind.BAD_CHECKSUM);
        assertKind(truncated, SamProtocolException.Kind.TRUNCATED);
        assertKind(trailing, SamProtocolException.Kind.TRAILING_BYTES);
        assertKind(badLength, SamProtocolException.Kind.BAD_LENGTH);
        assertKind(tooShortLength, SamProtocolException.Kind.BAD_LENGTH);
        assertKind(bytes(0x01, 0x02, 0x03, 0x04, 0x05, 0x06), SamProtocolException.Kind.NO_FRAME);
    }

    @Test
    void hexParsingAcceptsSpacesAndRejectsNonHex() throws Exception {
        assertThat(SamCodec.parseHex("AA aa\nAA 96:69 0x00")).isEqualTo(bytes(0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00));
        assertThatThrownBy(() -> SamCodec.parseHex("AA A")).hasFieldOrPropertyWithValue("reason", "sam.bad-hex");
        assertThatThrownBy(() -> SamCodec.parseHex("zz")).hasFieldOrPropertyWithValue("reason", "sam.bad-hex");
    }

    @Test
    void aFindCardSuccessWhereReadDataWasExpectedIsATypedError() {
        byte[] frame = frame(0x00, 0x00, 0x9F, 0, 0, 0, 0);
        assertThatThrownBy(() -> BaseInfo.decodeFrame(frame)).isInstanceOf(SamStatusException.class)
                .hasFieldOrPropertyWithValue("code", CompletionCode.PROTOCOL_ERROR);
    }

    @net.jqwik.api.Property(tries = 100)
    void decodingArbitraryReplyDataGivesAnIdentityOrATypedError(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(max = 1400) byte[] data,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 255) int sw3) {
        byte[] frame = SamCodec.reply(0, 0, sw3, data);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
            try {
                assertThat(BaseInfo.decodeFrame(frame)).isNotNull();
            } catch (SamProtocolException | SamStatusException | kiosk.peripherals.idcard.IdCardDataException e) {
                assertThat(e.reason()).matches("(sam|idcard)\\..+");
            }
        });
    }

    private static void assertKind(byte[] frame, SamProtocolException.Kind kind) {
        assertThatThrownBy(() -> SamCodec.decodeSingleFrame(frame))
                .isInstanceOf(SamProtocolException.class)
                .satisfies(e -> assertThat(((SamProtocolException) e).kind()).isEqualTo(kind));
    }
}
