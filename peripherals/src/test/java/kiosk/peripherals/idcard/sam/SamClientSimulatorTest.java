package kiosk.peripherals.idcard.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.ForeignPermanentResidenceCard;
import kiosk.peripherals.idcard.IdCardDataException;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.idcard.sam.sim.TextBlockEncoder;
import kiosk.peripherals.sim.SimulatorServer;
import kiosk.peripherals.transport.ByteTransport;
import kiosk.peripherals.transport.InProcessChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client against the simulator, byte for byte over an in-process channel: every command and fault status. */
class SamClientSimulatorTest {

    private final SamModuleSimulator simulator = new SamModuleSimulator();
    private final InProcessChannel channel = new InProcessChannel("sam-test");
    private Thread server;
    private ByteTransport host;
    private SamClient client;

    @BeforeEach
    void start() throws Exception {
        server = SimulatorServer.serveInProcess(simulator, channel, "sam-test");
        host = channel.hostSide();
        host.open();
        client = new SamClient(host, Duration.ofMillis(300), Duration.ofMillis(600));
    }

    @AfterEach
    void stop() {
        simulator.stop();
        server.interrupt();
        host.close();
    }

    @Test
    void moduleCommandsAnswer() throws Exception {
        client.resetSam();
        client.samStatus();
        assertThat(client.samId()).hasSize(32).matches("[0-9A-F]+");
        client.setBaud(BaudRate.B57600);
        assertThat(simulator.baud()).isEqualTo(BaudRate.B57600);
    }

    @Test
    void findSelectReadEverySampleCardThroughTheRealParser() throws Exception {
        for (CardIdentity sample : SampleCards.all()) {
            simulator.insert(sample);
            assertThat(client.findCard()).isTrue();
            CardIdentity read = client.readCard();
            assertThat(read).isEqualTo(sample);
            // the card must leave the field before it is found again
            assertThat(client.findCard()).isFalse();
            simulator.remove();
        }
    }

    @Test
    void noFrameBufferKeepsTheCardsBytesAfterTheRead() throws Exception {
        simulator.insert(SampleCards.zhangWei().withAppendedAddress("北京市西城区新街口1号"));
        assertThat(client.findCard()).isTrue();
        ResidentIdCard read = (ResidentIdCard) client.readCard();
        assertThat(read.idNumber().toString()).contains("3306");
        for (byte[] buffer : client.buffersForTest()) {
            assertThat(buffer).as("read chunk and frame assembler are zeroed").containsOnly((byte) 0);
        }
    }

    @Test
    void appendedAddressIsRead() throws Exception {
        simulator.insert(SampleCards.zhangWei().withAppendedAddress("浙江省绍兴市越城区胜利西路9号"));
        assertThat(client.findCard()).isTrue();
        ResidentIdCard read = (ResidentIdCard) client.readCard();
        assertThat(read.appendedAddress()).isEqualTo("浙江省绍兴市越城区胜利西路9号");
        assertThat(client.readAppendedAddress()).isEqualTo("浙江省绍兴市越城区胜利西路9号");
    }

    @Test
    void foreignPermanentResidenceCardReads() throws Exception {
        simulator.insert(SampleCards.foreignResident());
        assertThat(client.findCard()).isTrue();
        assertThat(client.readCard()).isInstanceOf(ForeignPermanentResidenceCard.class).isEqualTo(SampleCards.foreignResident());
    }

    @Test
    void emptyFieldFindsNothingAndSelectFails() throws Exception {
        assertThat(client.findCard()).isFalse();
        assertThatThrownBy(client::selectCard).isInstanceOf(SamStatusException.class)
                .hasFieldOrPropertyWithValue("status", SamStatus.SELECT_FAILED);
    }

    @Test
    void wrongCardTypeIs40() throws Exception {
        simulator.insertNonIdCard();
        assertThat(client.findCard()).isTrue();
        assertThatThrownBy(client::readCard).isInstanceOf(SamStatusException.class)
                .hasFieldOrPropertyWithValue("status", SamStatus.WRONG_CARD_TYPE)
                .hasFieldOrPropertyWithValue("code", CompletionCode.USER_ERROR);
    }

    @ParameterizedTest
    @EnumSource(value = SamModuleSimulator.Fault.class, names = {"CARD_AUTH_FAILED", "READER_AUTH_FAILED",
        "VERIFICATION_FAILED", "READ_FAILED", "CARD_REMOVED_MID_READ"})
    void statusFaultsBecomeTypedStatusErrors(SamModuleSimulator.Fault fault) throws Exception {
        simulator.insert(SampleCards.liNa());
        simulator.injectOnce(fault);
        assertThat(client.findCard()).isTrue();
        SamStatus expected = switch (fault) {
            case CARD_AUTH_FAILED -> SamStatus.CARD_AUTH_FAILED;
            case READER_AUTH_FAILED -> SamStatus.READER_AUTH_FAILED;
            case VERIFICATION_FAILED -> SamStatus.VERIFICATION_FAILED;
            default -> SamStatus.READ_FAILED;
        };
        assertThatThrownBy(client::readCard).isInstanceOf(SamStatusException.class).hasFieldOrPropertyWithValue("status", expected);
        assertThat(client.findCard()).isEqualTo(fault != SamModuleSimulator.Fault.CARD_REMOVED_MID_READ);
    }

    @ParameterizedTest
    @EnumSource(value = SamModuleSimulator.Fault.class, names = {"CORRUPT_FRAME", "TRUNCATED_FRAME", "BAD_CHECKSUM"})
    void frameFaultsBecomeProtocolErrorsAndTheNextReadWorks(SamModuleSimulator.Fault fault) throws Exception {
        simulator.insert(SampleCards.liNa());
        simulator.injectOnce(fault);
        assertThat(client.findCard()).isTrue();
        assertThatThrownBy(client::readCard).isInstanceOf(SamProtocolException.class)
                .hasFieldOrPropertyWithValue("code", CompletionCode.PROTOCOL_ERROR);
        assertThat(client.findCard()).isTrue();
        assertThat(client.readCard()).isEqualTo(SampleCards.liNa());
    }

    @Test
    void garbageBeforeTheReplyIsSkipped() throws Exception {
        simulator.insert(SampleCards.liuYan());
        simulator.injectOnce(SamModuleSimulator.Fault.GARBAGE_BEFORE_FRAME);
        assertThat(client.findCard()).isTrue();
        assertThat(client.readCard()).isEqualTo(SampleCards.liuYan());
    }

    @Test
    void corruptTextIsAnIdCardDataError() throws Exception {
        simulator.insert(SampleCards.liuYan());
        simulator.injectOnce(SamModuleSimulator.Fault.CORRUPT_TEXT);
        assertThat(client.findCard()).isTrue();
        assertThatThrownBy(client::readCard).isInstanceOf(IdCardDataException.class)
                .hasFieldOrPropertyWithValue("reason", "idcard.bad-text");
    }

    @Test
    void unsupportedCardLayoutIsRejected() throws Exception {
        byte[] text = TextBlockEncoder.withRaw(TextBlockEncoder.encode(SampleCards.zhangWei()), 248, new byte[] {'Y', 0});
        simulator.insertRaw(text, new byte[1024], "");
        assertThat(client.findCard()).isTrue();
        assertThatThrownBy(client::readCard).hasFieldOrPropertyWithValue("reason", "idcard.unsupported-card-type");
    }

    @Test
    void selfTestFailureIsAHardwareError() {
        simulator.setSelfTestFailed(true);
        assertThatThrownBy(client::samStatus).isInstanceOf(SamStatusException.class)
                .hasFieldOrPropertyWithValue("code", CompletionCode.HARDWARE_ERROR)
                .hasFieldOrPropertyWithValue("reason", "sam.self-test-failed");
    }

    @Test
    void requestWithBadChecksumIsAnswered10AndUnknownCommand24() throws Exception {
        byte[] bad = SamCodec.request(SamCommand.SAM_STATUS);
        bad[bad.length - 1] ^= 1;
        host.write(bad, Duration.ofSeconds(1));
        SamFrameReader reader = new SamFrameReader(host);
        assertThat(SamCodec.decodeReply(reader.readFrame(Duration.ofSeconds(1))).status()).contains(SamStatus.CHECKSUM_ERROR);
        host.write(SamCodec.request(0x77, 0x01, new byte[0]), Duration.ofSeconds(1));
        assertThat(SamCodec.decodeReply(reader.readFrame(Duration.ofSeconds(1))).status()).contains(SamStatus.UNRECOGNISED);
        host.write(SamCodec.request(0x20, 0x09, new byte[0]), Duration.ofSeconds(1));
        assertThat(SamCodec.decodeReply(reader.readFrame(Duration.ofSeconds(1))).status()).contains(SamStatus.COMMAND_ERROR);
    }

    @Test
    void slowReplyBeyondTheTimeoutIsATimeoutAndTheLateReplyIsSkipped() throws Exception {
        simulator.insert(SampleCards.zhangWei());
        simulator.setReplyDelay(Duration.ofMillis(450)); // command timeout is 300 ms
        assertThatThrownBy(client::samStatus).isInstanceOf(SamProtocolException.class)
                .hasFieldOrPropertyWithValue("kind", SamProtocolException.Kind.TIMEOUT);
        simulator.setReplyDelay(Duration.ZERO);
        // the late 90 to SAM_STATUS arrives after the find request: it must not be taken as its answer
        assertThat(client.findCard()).isTrue();
    }
}
