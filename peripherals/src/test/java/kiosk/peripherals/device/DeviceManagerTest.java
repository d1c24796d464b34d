package kiosk.peripherals.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.transport.InProcessChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeviceManagerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final SimulatorRack rack = new SimulatorRack();
    private DeviceManager manager;

    @AfterEach
    void tearDown() {
        if (manager != null) {
            manager.close();
        }
        rack.close();
    }

    @Test
    void backoffDoublesUpToTheCapWithBoundedJitter() {
        DeviceManager.Backoff backoff = new DeviceManager.Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 0.2);
        List<Long> middle = new ArrayList<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            middle.add(backoff.delay(attempt, () -> 0.5).toMillis());
        }
        assertThat(middle).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
        assertThat(backoff.delay(3, () -> 0.0).toMillis()).isEqualTo(320L); // 400 - 20 %
        assertThat(backoff.delay(3, () -> 0.999_999).toMillis()).isEqualTo(480L); // 400 + 20 %
        assertThat(backoff.delay(10, () -> 0.999_999).toMillis()).isEqualTo(1000L); // jitter never passes the cap
        assertThat(backoff.delay(1_000, () -> 0.5).toMillis()).isEqualTo(1000L);
    }

    @Test
    void reconnectsWithGrowingDelaysUntilTheDeviceOpens() {
        FlakyDevice flaky = new FlakyDevice("flaky", 4);
        manager = new DeviceManager(spec -> flaky, Duration.ofMillis(20),
                new DeviceManager.Backoff(Duration.ofMillis(40), Duration.ofMillis(400), 0.25), () -> 0.0);
        List<DeviceEvent> seen = new CopyOnWriteArrayList<>();
        manager.subscribe(seen::add);

        manager.start(List.of(spec("flaky", "flaky")));

        await().atMost(WAIT).until(() -> flaky.status().state() == DeviceState.ONLINE);
        assertThat(flaky.openAttempts()).hasSize(5);
        List<Long> gaps = flaky.gapsMillis();
        // lower bounds only (a loaded machine makes gaps longer, never shorter): 40, 80, 160, 320 minus 25 % jitter
        assertThat(gaps.get(0)).isGreaterThanOrEqualTo(30);
        assertThat(gaps.get(1)).isGreaterThanOrEqualTo(60);
        assertThat(gaps.get(2)).isGreaterThanOrEqualTo(120);
        assertThat(gaps.get(3)).isGreaterThanOrEqualTo(240);
        assertThat(manager.reconnectAttempts("flaky")).isZero();
        assertThat(seen).anyMatch(e -> e instanceof DeviceEvent.StatusChanged c && c.current().state() == DeviceState.ONLINE);
        assertThat(flaky.openThreads()).allMatch(name -> name.startsWith("device-manager-"));
    }

    @Test
    void pollsHealthOnItsOwnThreadAndReconnectsAfterTheDeviceDrops() {
        FlakyDevice flaky = new FlakyDevice("flaky", 0);
        manager = new DeviceManager(spec -> flaky, Duration.ofMillis(20),
                new DeviceManager.Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 0.0), () -> 0.5);

        manager.start(List.of(spec("flaky", "flaky")));
        await().atMost(WAIT).until(() -> flaky.healthChecks.get() >= 3);
        assertThat(flaky.healthThreads).allMatch(name -> name.startsWith("device-manager-"));

        flaky.drop(2); // unplugged: closed, the next two opens fail
        await().atMost(WAIT).until(() -> flaky.status().state() == DeviceState.ONLINE && flaky.isOpen());
        assertThat(flaky.openAttempts()).hasSize(4); // first open + 2 failures + success
    }

    @Test
    void samReaderUnpluggedIsReconnectedByTheManagerAndEventsAreRepublished() {
        manager = new DeviceManager(DriverCatalog.standard(rack), Duration.ofMillis(30),
                new DeviceManager.Backoff(Duration.ofMillis(30), Duration.ofMillis(200), 0.2), Math::random);
        List<DeviceEvent> seen = new CopyOnWriteArrayList<>();
        manager.subscribe(seen::add);
        manager.start(List.of(new DeviceSpec("idcard", DeviceKind.ID_CARD_READER, "sam-simulator",
                Map.of("watch", "false", "timeout-ms", "200"))));
        await().atMost(WAIT).until(() -> manager.snapshot().get("idcard").state() == DeviceState.ONLINE);

        InProcessChannel cable = rack.channel("idcard").orElseThrow();
        cable.unplug();
        await().atMost(WAIT).until(() -> manager.snapshot().get("idcard").state() == DeviceState.NO_DEVICE);
        await().atMost(WAIT).until(() -> manager.reconnectAttempts("idcard") >= 2);

        cable.replug();
        await().atMost(WAIT).until(() -> manager.snapshot().get("idcard").state() == DeviceState.ONLINE);
        assertThat(seen).anyMatch(e -> e instanceof DeviceEvent.Error err && err.error().reason().equals("sam.link-lost"));
        assertThat(seen).anyMatch(e -> e instanceof DeviceEvent.StatusChanged c && c.current().state() == DeviceState.NO_DEVICE);

        // and the reader still reads
        kiosk.peripherals.idcard.sam.SamIdCardReader reader =
                (kiosk.peripherals.idcard.sam.SamIdCardReader) manager.find("idcard").orElseThrow();
        rack.find("idcard", SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        reader.startWatching();
        await().atMost(WAIT).until(() -> seen.stream().anyMatch(e -> e instanceof DeviceEvent.Data<?>));
    }

    @Test
    void aDeviceThatCannotBeBuiltIsListedWithItsReasonAndTheOthersRun() {
        manager = new DeviceManager(DriverCatalog.standard(rack), Duration.ofMillis(50));
        manager.start(List.of(
                new DeviceSpec("printer", DeviceKind.RECEIPT_PRINTER, "no-such-driver", Map.of()),
                new DeviceSpec("idcard-tcp", DeviceKind.ID_CARD_READER, "sam-tcp", Map.of()),
                new DeviceSpec("idcard", DeviceKind.ID_CARD_READER, "sam-simulator", Map.of("watch", "false"))));

        await().atMost(WAIT).until(() -> manager.snapshot().get("idcard").state() == DeviceState.ONLINE);
        Map<String, DeviceStatus> snapshot = manager.snapshot();
        assertThat(snapshot.keySet()).containsExactly("printer", "idcard-tcp", "idcard");
        assertThat(snapshot.get("printer").state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(snapshot.get("printer").reason()).isEqualTo("config.unknown-driver");
        assertThat(snapshot.get("idcard-tcp").reason()).isEqualTo("config.missing-setting");
        assertThat(manager.byKind(DeviceKind.ID_CARD_READER)).extracting(Device::id).containsExactly("idcard-tcp", "idcard");
        assertThat(manager.byKind(DeviceKind.RECEIPT_PRINTER)).extracting(Device::kind).containsExactly(DeviceKind.RECEIPT_PRINTER);
        assertThat(manager.find("nope")).isEmpty();
    }

    @Test
    void closeClosesEveryDevice() {
        FlakyDevice flaky = new FlakyDevice("flaky", 0);
        manager = new DeviceManager(spec -> flaky, Duration.ofMillis(20));
        manager.start(List.of(spec("flaky", "flaky")));
        await().atMost(WAIT).until(flaky::isOpen);
        manager.close();
        assertThat(flaky.isOpen()).isFalse();
        assertThat(flaky.status().state()).isEqualTo(DeviceState.OFFLINE);
    }

    private static DeviceSpec spec(String id, String driver) {
        return new DeviceSpec(id, DeviceKind.QR_SCANNER, driver, Map.of());
    }

    /** A device whose next N opens fail with NO_DEVICE; records when and on which thread it was opened. */
    static final class FlakyDevice extends AbstractDevice {
        private final List<Long> opens = new CopyOnWriteArrayList<>();
        private final List<String> openThreads = new CopyOnWriteArrayList<>();
        final List<String> healthThreads = new CopyOnWriteArrayList<>();
        final AtomicInteger healthChecks = new AtomicInteger();
        private final AtomicInteger failuresLeft;
        private volatile boolean open;

        FlakyDevice(String id, int failures) {
            super(id, DeviceKind.QR_SCANNER);
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public void open() throws DeviceException {
            opens.add(System.nanoTime());
            openThreads.add(Thread.currentThread().getName());
            if (failuresLeft.getAndDecrement() > 0) {
                updateStatus(DeviceStatus.noDevice("test.unplugged"));
                throw fail(new DeviceException(CompletionCode.NO_DEVICE, "test.unplugged", "not there"));
            }
            open = true;
            updateStatus(DeviceStatus.online(StatusDetail.NONE));
        }

        void drop(int failNextOpens) {
            failuresLeft.set(failNextOpens);
            open = false;
            updateStatus(DeviceStatus.noDevice("test.unplugged"));
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public DeviceStatus checkHealth() {
            healthChecks.incrementAndGet();
            healthThreads.add(Thread.currentThread().getName());
            return status();
        }

        @Override
        public void close() {
            open = false;
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, StatusDetail.NONE, "closed"));
        }

        List<Long> openAttempts() {
            return opens;
        }

        List<String> openThreads() {
            return openThreads;
        }

        List<Long> gapsMillis() {
            List<Long> gaps = new ArrayList<>();
            for (int i = 1; i < opens.size(); i++) {
                gaps.add((opens.get(i) - opens.get(i - 1)) / 1_000_000);
            }
            return gaps;
        }
    }
}
