package kiosk.peripherals.idcard.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import kiosk.peripherals.device.CardReaderDetail;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.transport.InProcessChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One test per ID-card fault: the real reader in watch mode against the simulator, showing the
 * device state, the event emitted and the recovery without a restart.
 */
class SamIdCardReaderFaultTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final SamReaderOptions FAST = SamReaderOptions.defaults()
            .withTimeouts(Duration.ofMillis(200), Duration.ofMillis(400))
            .withPollInterval(Duration.ofMillis(20))
            .withReconnectInterval(Duration.ofMillis(50));

    private final SimulatorRack rack = new SimulatorRack();
    private final SamModuleSimulator simulator = new SamModuleSimulator();
    private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    private InProcessChannel channel;
    private SamIdCardReader reader;

    @BeforeEach
    void start() throws Exception {
        channel = rack.attach("idcard", simulator);
        reader = new SamIdCardReader("idcard", channel.hostSide(), FAST);
        reader.subscribe(events::add);
        reader.open();
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(reader.samId()).hasSize(32);
    }

    @AfterEach
    void stop() {
        reader.close();
        rack.close();
    }

    @Test
    void cardPresentedIsReadOnceAndMustLeaveTheFieldBeforeTheNextRead() throws Exception {
        simulator.insert(SampleCards.wangMing());

        CardIdentity read = awaitData(1);
        assertThat(read).isEqualTo(SampleCards.wangMing());
        assertThat(statusSeen(s -> s.detail().equals(CardReaderDetail.CARD_PRESENT))).isTrue();
        await().atMost(WAIT).until(() -> reader.status().detail().equals(CardReaderDetail.NO_CARD));
        Thread.sleep(200); // many polls with the card still lying there
        assertThat(dataEvents()).hasSize(1);

        simulator.remove();
        simulator.insert(SampleCards.liNa());
        assertThat(awaitData(2)).isEqualTo(SampleCards.liNa());
        assertThat(errors()).isEmpty();
    }

    @Test
    void noCardIsNotAnError() throws Exception {
        Thread.sleep(150);
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(reader.status().detail()).isEqualTo(CardReaderDetail.NO_CARD);
        assertThat(errors()).isEmpty();
        reader.stopWatching();
        assertThatThrownBy(() -> reader.readCard(Duration.ofMillis(150)))
                .hasFieldOrPropertyWithValue("reason", "sam.no-card")
                .hasFieldOrPropertyWithValue("code", CompletionCode.USER_ERROR);
    }

    @Test
    void cardRemovedMidRead() {
        simulator.injectOnce(SamModuleSimulator.Fault.CARD_REMOVED_MID_READ);
        simulator.insert(SampleCards.zhangWei());

        DeviceEvent.Error error = awaitError("sam.read-failed");
        assertThat(error.error().code()).isEqualTo(CompletionCode.USER_ERROR);
        await().atMost(WAIT).until(() -> reader.status().detail().equals(CardReaderDetail.NO_CARD));
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);

        simulator.insert(SampleCards.zhangWei());
        assertThat(awaitData(1)).isEqualTo(SampleCards.zhangWei());
    }

    @Test
    void wrongCardIsReportedOnceAndWaitsForRemoval() throws Exception {
        simulator.insertNonIdCard();

        DeviceEvent.Error error = awaitError("sam.wrong-card-type");
        assertThat(error.error().code()).isEqualTo(CompletionCode.USER_ERROR);
        Thread.sleep(200);
        assertThat(errors()).hasSize(1); // not retried while the same card lies there
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(reader.status().detail()).isEqualTo(CardReaderDetail.CARD_PRESENT);

        removeAndWait();
        simulator.insert(SampleCards.liuYan());
        assertThat(awaitData(1)).isEqualTo(SampleCards.liuYan());
    }

    @Test
    void cardAuthenticationFailureIsRetriedOnTheSameCard() {
        simulator.injectOnce(SamModuleSimulator.Fault.CARD_AUTH_FAILED);
        simulator.insert(SampleCards.liNa());

        assertThat(awaitError("sam.card-auth-failed").error().code()).isEqualTo(CompletionCode.USER_ERROR);
        assertThat(awaitData(1)).isEqualTo(SampleCards.liNa());
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void cardThatFailsAuthenticationIsAFraudAttemptAndNotRetried() throws Exception {
        simulator.injectOnce(SamModuleSimulator.Fault.READER_AUTH_FAILED);
        simulator.insert(SampleCards.liNa());

        assertThat(awaitError("sam.card-not-authentic").error().code()).isEqualTo(CompletionCode.FRAUD_ATTEMPT);
        Thread.sleep(200);
        assertThat(dataEvents()).isEmpty();
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);

        removeAndWait();
        simulator.insert(SampleCards.liNa());
        assertThat(awaitData(1)).isEqualTo(SampleCards.liNa());
    }

    @ParameterizedTest
    @EnumSource(value = SamModuleSimulator.Fault.class, names = {"CORRUPT_FRAME", "TRUNCATED_FRAME", "BAD_CHECKSUM"})
    void corruptTruncatedOrBadChecksumFramesAreProtocolErrorsThenTheCardReads(SamModuleSimulator.Fault fault) {
        simulator.injectOnce(fault);
        simulator.insert(SampleCards.zhangWei());

        String reason = switch (fault) {
            case CORRUPT_FRAME -> "sam.bad-length";
            case TRUNCATED_FRAME -> "sam.truncated-frame";
            default -> "sam.bad-checksum";
        };
        assertThat(awaitError(reason).error().code()).isEqualTo(CompletionCode.PROTOCOL_ERROR);
        assertThat(awaitData(1)).isEqualTo(SampleCards.zhangWei());
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void unplugMakesNoDeviceAndReplugComesBackOnline() {
        channel.unplug();

        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.NO_DEVICE);
        assertThat(awaitError("sam.link-lost").error().code()).isEqualTo(CompletionCode.NO_DEVICE);
        assertThat(reader.isOpen()).isFalse();

        channel.replug();
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.ONLINE);
        assertThat(reader.isOpen()).isTrue();
        simulator.insert(SampleCards.liuYan());
        assertThat(awaitData(1)).isEqualTo(SampleCards.liuYan());
    }

    @Test
    void slowDeviceWithinTheTimeoutStillReads() {
        simulator.setReplyDelay(Duration.ofMillis(60));
        simulator.insert(SampleCards.liNa());
        assertThat(awaitData(1)).isEqualTo(SampleCards.liNa());
        assertThat(errors()).isEmpty();
    }

    @Test
    void deviceSlowerThanTheTimeoutGoesOfflineAndRecovers() {
        simulator.setReplyDelay(Duration.ofMillis(300)); // command timeout 200 ms

        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.OFFLINE);
        assertThat(reader.status().reason()).isEqualTo("sam.timeout");
        assertThat(awaitError("sam.timeout").error().code()).isEqualTo(CompletionCode.TIME_OUT);

        simulator.setReplyDelay(Duration.ZERO);
        await().atMost(WAIT).until(() -> reader.status().state() == DeviceState.ONLINE);
        simulator.insert(SampleCards.zhangWei());
        assertThat(awaitData(1)).isEqualTo(SampleCards.zhangWei());
    }

    @Test
    void selfTestFailureIsAHardwareErrorUntilCleared() {
        reader.stopWatching();
        simulator.setSelfTestFailed(true);
        assertThat(reader.checkHealth().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(reader.status().reason()).isEqualTo("sam.self-test-failed");
        assertThat(awaitError("sam.self-test-failed").error().code()).isEqualTo(CompletionCode.HARDWARE_ERROR);

        simulator.setSelfTestFailed(false);
        assertThat(reader.checkHealth().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void eventsAndStatusNeverCarryPersonalData() {
        simulator.insert(SampleCards.zhangWei());
        awaitData(1);
        for (DeviceEvent event : events) {
            assertThat(event.toString()).doesNotContain("张伟", "330602198503151256", "解放北路");
        }
    }

    /** The card leaves the field long enough for the reader to see it gone. */
    private void removeAndWait() {
        simulator.remove();
        await().atMost(WAIT).until(() -> reader.status().detail().equals(CardReaderDetail.NO_CARD));
    }

    @Test
    void aWatchAskedForAfterCloseDoesNotStartAndTheLinkStaysClosed() throws Exception {
        reader.close();
        reader.startWatching(); // e.g. the kiosk's flow still switching the reader as it stops

        assertThat(reader.isWatching()).isFalse();
        assertThat(reader.isOpen()).isFalse();
        Thread.sleep(300); // polls and reconnects would have happened by now
        assertThat(events).noneMatch(e -> e instanceof DeviceEvent.Error);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("sam-watch-idcard"));

        reader.open(); // an explicit open brings it back, watching as configured
        assertThat(reader.isWatching()).isTrue();
        simulator.insert(SampleCards.wangMing());
        assertThat(awaitData(1)).isEqualTo(SampleCards.wangMing());
    }

    private CardIdentity awaitData(int count) {
        await().atMost(WAIT).until(() -> dataEvents().size() >= count);
        return (CardIdentity) dataEvents().get(count - 1).payload();
    }

    private DeviceEvent.Error awaitError(String reason) {
        await().atMost(WAIT).until(() -> errors().stream().anyMatch(e -> e.error().reason().equals(reason)));
        return errors().stream().filter(e -> e.error().reason().equals(reason)).findFirst().orElseThrow();
    }

    private List<DeviceEvent.Data<?>> dataEvents() {
        List<DeviceEvent.Data<?>> data = new java.util.ArrayList<>();
        for (DeviceEvent e : events) {
            if (e instanceof DeviceEvent.Data<?> d) {
                data.add(d);
            }
        }
        return data;
    }

    private List<DeviceEvent.Error> errors() {
        return events.stream().filter(e -> e instanceof DeviceEvent.Error).map(e -> (DeviceEvent.Error) e).toList();
    }

    private boolean statusSeen(Predicate<kiosk.peripherals.device.DeviceStatus> p) {
        return events.stream().filter(e -> e instanceof DeviceEvent.StatusChanged)
                .map(e -> ((DeviceEvent.StatusChanged) e).current()).anyMatch(p);
    }
}
