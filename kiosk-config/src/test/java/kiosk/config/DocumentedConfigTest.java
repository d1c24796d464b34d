package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The kiosk.yaml shown in docs/operations.md is a valid configuration: the documentation stays true. */
class DocumentedConfigTest {

    @Test
    void theExampleInTheOperationsGuideLoads() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "operations.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        KioskConfig config = ConfigLoader.parse(yaml, "docs/operations.md");
        assertThat(config.kioskId()).isEqualTo("KIOSK-0042");
        assertThat(config.backend().tls()).isNotNull();
        assertThat(config.devices()).extracting(KioskConfig.DeviceConfig::driver)
                .containsExactly("sam-serial", "escpos-usb", "serial-scanner");
    }
}
