package kiosk.peripherals.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every driver reads its durations through DeviceSpec.duration: one syntax, number and unit. */
class DeviceSpecDurationTest {

    private static Duration read(Map<String, String> settings) throws DeviceException {
        return new DeviceSpec("p", DeviceKind.RECEIPT_PRINTER, "escpos-tcp", settings).duration("write-timeout", Duration.ofSeconds(5));
    }

    @Test
    void readsTheOneSyntaxAndTheOlderMillisecondKey() throws DeviceException {
        assertThat(read(Map.of())).isEqualTo(Duration.ofSeconds(5));
        assertThat(read(Map.of("write-timeout", "750ms"))).isEqualTo(Duration.ofMillis(750));
        assertThat(read(Map.of("write-timeout", "1.5s"))).isEqualTo(Duration.ofMillis(1500));
        assertThat(read(Map.of("write-timeout", "2m"))).isEqualTo(Duration.ofMinutes(2));
        assertThat(read(Map.of("write-timeout-ms", "300"))).isEqualTo(Duration.ofMillis(300));
        assertThat(read(Map.of("write-timeout", "1s", "write-timeout-ms", "300"))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBareNumberOrAnOutOfRangeValueNamesTheDeviceAndTheKey() {
        for (String bad : new String[] {"5000", "0s", "11m", "1.0005s", "soon"}) {
            assertThatThrownBy(() -> read(Map.of("write-timeout", bad))).isInstanceOf(DeviceException.class)
                    .hasMessageContaining("device 'p': write-timeout must be a duration");
        }
    }
}
