package kiosk.peripherals.idcard.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.sim.SimulatorServer;
import kiosk.peripherals.transport.TcpTransport;
import org.junit.jupiter.api.Test;

/** The real driver and the real TCP transport against the simulator's TCP endpoint. */
class SamReaderOverTcpTest {

    @Test
    void readsACardOverTcp() throws Exception {
        SamModuleSimulator simulator = new SamModuleSimulator();
        simulator.insert(SampleCards.wangMing());
        try (SimulatorServer server = SimulatorServer.start(simulator, 0);
                SamIdCardReader reader = new SamIdCardReader("idcard-tcp",
                        TcpTransport.parse(server.address(), Duration.ofSeconds(2)), SamReaderOptions.defaults().withWatch(false))) {
            reader.open();
            assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
            assertThat(reader.describeLink()).isEqualTo("tcp:" + server.address());
            assertThat(reader.readCard(Duration.ofSeconds(3))).isEqualTo(SampleCards.wangMing());
        }
    }

    @Test
    void serverGoneIsNoDeviceAndABackServerIsOnlineAgain() throws Exception {
        SamModuleSimulator simulator = new SamModuleSimulator();
        SimulatorServer server = SimulatorServer.start(simulator, 0);
        int port = server.port();
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        DeviceSpec spec = new DeviceSpec("idcard-tcp", DeviceKind.ID_CARD_READER, "sam-tcp",
                Map.of("address", server.address(), "timeout-ms", "300", "poll-ms", "20", "reconnect-ms", "50"));
        try (Device reader = DriverCatalog.standard(new SimulatorRack()).create(spec)) {
            reader.subscribe(events::add);
            reader.open();
            simulator.insert(SampleCards.zhangWei());
            await().atMost(Duration.ofSeconds(5)).until(() -> events.stream().anyMatch(e -> e instanceof DeviceEvent.Data<?>));

            server.close();
            await().atMost(Duration.ofSeconds(5)).until(() -> reader.status().state() == DeviceState.NO_DEVICE);

            SamModuleSimulator second = new SamModuleSimulator();
            try (SimulatorServer again = SimulatorServer.start(second, port)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> reader.status().state() == DeviceState.ONLINE);
                second.insert(SampleCards.liNa());
                await().atMost(Duration.ofSeconds(5)).until(() -> events.stream().filter(e -> e instanceof DeviceEvent.Data<?>).count() == 2);
            }
        }
    }

    @Test
    void catalogBuildsTheSimulatorDriverWithAnEmptyField() throws Exception {
        try (SimulatorRack rack = new SimulatorRack();
                Device reader = DriverCatalog.standard(rack).create(new DeviceSpec("idcard", DeviceKind.ID_CARD_READER,
                        "sam-simulator", Map.of("watch", "false")))) {
            reader.open();
            assertThat(reader).isInstanceOf(SamIdCardReader.class);
            SamModuleSimulator simulator = rack.find("idcard", SamModuleSimulator.class).orElseThrow();
            assertThat(simulator.hasCard()).isFalse();
            simulator.insert(SampleCards.liuYan());
            assertThat(((SamIdCardReader) reader).readCard(Duration.ofSeconds(2))).isEqualTo(SampleCards.liuYan());
        }
    }

    @Test
    void badSettingsAreTypedConfigErrors() {
        DriverCatalog catalog = DriverCatalog.standard(new SimulatorRack());
        assertThatThrownBy(() -> catalog.create(new DeviceSpec("a", DeviceKind.ID_CARD_READER, "sam-tcp", Map.of())))
                .hasFieldOrPropertyWithValue("reason", "config.missing-setting");
        assertThatThrownBy(() -> catalog.create(new DeviceSpec("a", DeviceKind.ID_CARD_READER, "sam-tcp", Map.of("address", "nohost"))))
                .hasFieldOrPropertyWithValue("reason", "config.bad-setting");
        assertThatThrownBy(() -> catalog.create(new DeviceSpec("a", DeviceKind.ID_CARD_READER, "sam-serial",
                Map.of("port", "/dev/ttyUSB0", "baud", "1234"))))
                .hasFieldOrPropertyWithValue("reason", "config.bad-setting")
                .hasFieldOrPropertyWithValue("code", CompletionCode.INVALID_DATA);
    }

    @Test
    void serialDriverWithAMissingPortIsNoDevice() throws Exception {
        Device reader = DriverCatalog.standard(new SimulatorRack()).create(new DeviceSpec("a", DeviceKind.ID_CARD_READER,
                "sam-serial", Map.of("port", "/dev/kiosk-no-such-port", "watch", "false")));
        assertThatThrownBy(reader::open).hasFieldOrPropertyWithValue("code", CompletionCode.NO_DEVICE);
        assertThat(reader.status().state()).isEqualTo(DeviceState.NO_DEVICE);
        reader.close();
    }
}
