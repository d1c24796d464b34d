package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The kiosk.yaml shown in docs/operations.md is a valid production configuration: the documentation stays true. */
class DocumentedConfigTest {

    @Test
    void theExampleInTheOperationsGuideLoads() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "operations.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        KioskConfig config = ConfigLoader.parse(yaml, "docs/operations.md");
        assertThat(config.kioskId()).isEqualTo("KIOSK-0042");
        assertThat(config.mode()).isEqualTo(KioskConfig.Mode.PRODUCTION);
        assertThat(config.version()).isEqualTo(12);
        assertThat(config.backend().tls()).isNotNull();
        assertThat(config.devices()).extracting(KioskConfig.DeviceConfig::driver)
                .containsExactly("sam-serial", "escpos-usb", "serial-scanner");
        assertThat(((DriverSettings.CardReader) config.devices().get(0).driverSettings()).poll()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.services().enabled("traffic.fines")).isTrue();
        assertThat(config.services().disabledReason("household.certificate").orElseThrow().in(Locale.ENGLISH)).contains("upgraded");
        assertThat(config.admin().staff()).singleElement().satisfies(s -> assertThat(s.pin().matches("135790".toCharArray())).isTrue());
        assertThat(config.paper().lowWarningMm()).isEqualTo(5000);
    }
}
