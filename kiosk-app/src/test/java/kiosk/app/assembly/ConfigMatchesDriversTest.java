package kiosk.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import kiosk.config.DriverSettings;
import kiosk.config.Durations;
import kiosk.config.KioskConfig;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.catalog.DriverCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kiosk-config checks driver settings at load time; peripherals builds the drivers. The two modules share no
 * code, so this test keeps them in step: the same drivers, and the same duration grammar on both sides.
 */
class ConfigMatchesDriversTest {

    @Test
    void kioskYamlKnowsExactlyTheDriversOfTheCatalog() {
        try (kiosk.peripherals.sim.SimulatorRack rack = new kiosk.peripherals.sim.SimulatorRack()) {
            assertThat(DriverSettings.drivers().keySet()).containsExactlyInAnyOrderElementsOf(DriverCatalog.standard(rack).drivers());
        }
        DriverSettings.drivers().forEach((driver, kind) -> assertThat(DeviceSpecs.kind(kind)).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1ms", "500ms", "1.5s", "8s", "2m", "0.25s", "10m", "0.005d", "30", "PT5S", "1.0001s", "soon", "2 m"})
    void bothSidesReadDurationsTheSameWay(String text) {
        Duration config;
        try {
            config = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            config = null;
        }
        DeviceSpec spec = new DeviceSpec("p", DeviceKind.RECEIPT_PRINTER, "escpos-tcp", Map.of("write-timeout", text));
        if (config == null) {
            assertThatThrownBy(() -> spec.duration("write-timeout", Duration.ZERO)).isInstanceOf(DeviceException.class);
        } else {
            try {
                assertThat(spec.duration("write-timeout", Duration.ZERO)).isEqualTo(config);
            } catch (DeviceException e) {
                throw new AssertionError(text + " read by kiosk-config but refused by the driver", e);
            }
        }
    }

    @Test
    void canonicalSettingsFromTheConfigurationBuildEveryDemoDevice() throws Exception {
        KioskConfig config = kiosk.config.DemoConfig.load();
        try (kiosk.peripherals.sim.SimulatorRack rack = new kiosk.peripherals.sim.SimulatorRack()) {
            for (DeviceSpec spec : DeviceSpecs.of(config)) {
                DriverCatalog.standard(rack).create(spec).close();
            }
        }
        KioskConfig.DeviceConfig reader = new KioskConfig.DeviceConfig("r", "id-card-reader", "sam-tcp",
                Map.of("address", "127.0.0.1:1", "poll", "150ms"));
        assertThat(reader.settings()).containsEntry("poll", "150ms").containsEntry("timeout", "500ms");
    }
}
