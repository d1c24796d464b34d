package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static final String VALID = """
            kiosk-id: KIOSK-0042
            mode: production
            language: zh-TW
            backend:
              url: https://police.example.gov.cn/api
              api-key: k-42
              call-timeout: 10s
              tls: {identity: /etc/kiosk/kiosk.pem, backend-ca: /etc/kiosk/ca.pem, pins: [sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=]}
            session:
              idle-timeout: 2m
              idle-warning: 20s
            devices:
              - id: reader
                kind: id-card-reader
                driver: sam-serial
                settings:
                  port: /dev/ttyUSB0
                  baud: 115200
            journal:
              file: /var/lib/kiosk/journal.db
            fleet:
              trusted-keys: /etc/kiosk/trusted-keys
            """;

    @Test
    void readsEveryField() throws ConfigException {
        KioskConfig config = ConfigLoader.parse(VALID, "kiosk.yaml");
        assertThat(config.kioskId()).isEqualTo("KIOSK-0042");
        assertThat(config.mode()).isEqualTo(KioskConfig.Mode.PRODUCTION);
        assertThat(config.defaultLanguage()).isEqualTo(Locale.forLanguageTag("zh-TW"));
        assertThat(config.backend().callTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.backend().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.session().idleTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.devices()).singleElement().satisfies(d -> {
            assertThat(d.driver()).isEqualTo("sam-serial");
            assertThat(d.setting("port", "")).isEqualTo("/dev/ttyUSB0");
            assertThat(d.setting("baud", "")).isEqualTo("115200");
        });
        assertThat(config.journal().file().toString()).isEqualTo("/var/lib/kiosk/journal.db");
        assertThat(config.fleet().trustedKeys()).hasToString("/etc/kiosk/trusted-keys");
    }

    @Test
    void theShippedDemoConfigurationIsValid() {
        KioskConfig demo = DemoConfig.load();
        assertThat(demo.mode()).isEqualTo(KioskConfig.Mode.DEMO);
        assertThat(demo.devices()).extracting(KioskConfig.DeviceConfig::kind)
                .containsExactly("id-card-reader", "receipt-printer", "qr-scanner");
    }

    @Test
    void aMisspeltKeyIsRefusedWithItsLine() {
        String yaml = VALID.replace("  idle-timeout: 2m", "  idle-timout: 2m");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "kiosk.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .anySatisfy(p -> assertThat(p).startsWith("line 10:").contains("unknown setting 'idle-timout'")));
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() {
        String yaml = VALID.replace("mode: production", "mode: museum").replace("call-timeout: 10s", "call-timeout: soon")
                .replace("url: https://police.example.gov.cn/api", "url: ftp://police");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "kiosk.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(3)
                        .anySatisfy(p -> assertThat(p).startsWith("line 2:").contains("production or demo"))
                        .anySatisfy(p -> assertThat(p).contains("call-timeout must be a duration"))
                        .anySatisfy(p -> assertThat(p).contains("http or https")));
    }

    @Test
    void duplicateDeviceIdsAndAWarningLongerThanTheTimeoutAreRefused() {
        String yaml = VALID.replace("idle-warning: 20s", "idle-warning: 3m") + """
                """;
        String twice = yaml.replace("journal:", """
                  - id: reader
                    kind: receipt-printer
                    driver: escpos-tcp
                journal:""");
        assertThatThrownBy(() -> ConfigLoader.parse(twice, "kiosk.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("device id 'reader' is used twice"))
                        .anySatisfy(p -> assertThat(p).contains("idle-warning must be shorter")));
    }

    @Test
    void anIdleWarningShorterThan20SecondsIsRefusedWithItsLine() throws ConfigException {
        String yaml = VALID.replace("idle-warning: 20s", "idle-warning: 19s");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "kiosk.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p).matches("line \\d+: .*").contains("idle-warning must be between 20s and 1h")));
        assertThat(ConfigLoader.parse(VALID, "kiosk.yaml").session().idleWarning()).isEqualTo(java.time.Duration.ofSeconds(20));
    }

    @Test
    void theHealthProbeIntervalIsReadAndDefaultsToTenSeconds() throws ConfigException {
        assertThat(ConfigLoader.parse(VALID, "kiosk.yaml").backend().healthEvery()).isEqualTo(Duration.ofSeconds(10));
        String yaml = VALID.replace("call-timeout: 10s", "call-timeout: 10s\n  health-every: 30s");
        KioskConfig config = ConfigLoader.parse(yaml, "kiosk.yaml");
        assertThat(config.backend().healthEvery()).isEqualTo(Duration.ofSeconds(30));
        assertThat(EffectiveConfig.lines(config)).containsEntry("backend.health-every", "30s");
    }

    @Test
    void aHealthProbeIntervalOutOfRangeIsRefusedWithItsLineInChineseAndEnglish() {
        for (String value : new String[] {"2s", "10m"}) {
            String yaml = VALID.replace("call-timeout: 10s", "call-timeout: 10s\n  health-every: " + value);
            assertThatThrownBy(() -> ConfigLoader.parse(yaml, "kiosk.yaml"))
                    .isInstanceOf(ConfigException.class)
                    .satisfies(e -> {
                        ConfigException c = (ConfigException) e;
                        assertThat(c.problems(Locale.ENGLISH)).singleElement().isEqualTo(
                                "line 8: health-every must be between 5s and 5m, not '" + value + "'");
                        assertThat(c.problems(Locale.forLanguageTag("zh-CN"))).singleElement().isEqualTo(
                                "第 8 行：health-every 应在 5s 到 5m 之间，而不是“" + value + "”");
                    });
        }
    }

    @Test
    void anUnknownDeviceKindIsRefusedWithItsLine() {
        String yaml = VALID.replace("kind: id-card-reader", "kind: card-reader");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "kiosk.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 14: kind must be one of").hasMessageContaining("'card-reader'");
    }

    @Test
    void brokenYamlAndAMissingSectionAreClear() {
        assertThatThrownBy(() -> ConfigLoader.parse("kiosk-id: [unclosed", "kiosk.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> ConfigLoader.parse("kiosk-id: KIOSK-1\n", "kiosk.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("missing section 'backend'");
    }
}
