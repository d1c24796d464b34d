package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sections beyond backend and session: typed devices, services, paper, admin, languages, profiles. */
class WholeConfigTest {

    static final String PIN_HASH = PinHash.create("246810".toCharArray(), 1_000).text();

    private static final String DEMO = """
            kiosk-id: KIOSK-0042
            mode: demo
            version: 7
            backend:
              url: http://127.0.0.1:8088
              api-key: k
            """;

    private static KioskConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, "kiosk.yaml");
    }

    private static List<String> problems(String yaml, Locale locale) {
        try {
            parse(yaml);
        } catch (ConfigException e) {
            return e.problems(locale);
        }
        throw new AssertionError("expected the configuration to be refused");
    }

    @Test
    void deviceSettingsAreTypedPerDriverWithDefaults() throws ConfigException {
        KioskConfig config = parse(DEMO + """
                devices:
                  - id: reader
                    kind: id-card-reader
                    driver: sam-tcp
                    settings: {address: "10.0.0.5:4001", poll: 150ms, read-timeout: 2.5s}
                  - id: printer
                    kind: receipt-printer
                    driver: escpos-tcp
                    settings: {address: 10.0.0.6, encoding: big5, write-timeout: 2s}
                  - id: scanner
                    kind: qr-scanner
                    driver: serial-scanner
                    settings: {port: /dev/ttyACM0, stale: 300ms}
                  - id: a4
                    kind: document-printer
                    driver: a4-pdf
                """);
        DriverSettings.CardReader reader = (DriverSettings.CardReader) config.devices().get(0).driverSettings();
        assertThat(reader.link()).isEqualTo(new DriverSettings.Link.Tcp("10.0.0.5", 4001));
        assertThat(reader.poll()).isEqualTo(Duration.ofMillis(150));
        assertThat(reader.readTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(reader.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.devices().get(0).setting("read-timeout", "")).isEqualTo("2500ms");
        DriverSettings.ReceiptPrinter printer = (DriverSettings.ReceiptPrinter) config.devices().get(1).driverSettings();
        assertThat(printer.link()).isEqualTo(new DriverSettings.Link.Tcp("10.0.0.6", 9100));
        assertThat(printer.encoding()).isEqualTo("BIG5");
        assertThat(printer.paperWidthDots()).isEqualTo(576);
        assertThat(printer.writeTimeout()).isEqualTo(Duration.ofSeconds(2));
        DriverSettings.QrScanner scanner = (DriverSettings.QrScanner) config.devices().get(2).driverSettings();
        assertThat(scanner.link()).isEqualTo(new DriverSettings.Link.Serial("/dev/ttyACM0", 9600));
        assertThat(scanner.stale()).isEqualTo(Duration.ofMillis(300));
        assertThat(config.devices().get(3).driverSettings())
                .isEqualTo(new DriverSettings.DocumentPrinter(Path.of("spool/a4"), Optional.empty()));
    }

    @Test
    void badDriverSettingsAreFoundWhenTheFileIsReadNotWhenTheDriverStarts() {
        List<String> en = problems(DEMO + """
                devices:
                  - id: reader
                    kind: id-card-reader
                    driver: sam-serial
                    settings:
                      port: /dev/ttyUSB0
                      baud: 12345
                      poll-ms: 200
                      watch: sometimes
                  - id: printer
                    kind: qr-scanner
                    driver: escpos-usb
                  - id: scanner
                    kind: qr-scanner
                    driver: serial-scanner
                    settings: {stale: 30, delimiter: TAB}
                """, Locale.ENGLISH);
        assertThat(en).containsExactlyInAnyOrder(
                "line 13: baud must be one of 115200, 57600, 38400, 19200, 9600, not '12345'",
                "line 14: 'poll-ms' is no longer read: write 'poll: 200ms' (every duration carries its unit)",
                "line 15: watch must be true or false, not 'sometimes'",
                "line 18: driver escpos-usb drives a receipt-printer, not a qr-scanner",
                "line 22: missing setting 'port'",
                "line 22: stale must be a duration such as 500ms, 8s or 2m, not '30'",
                "line 22: delimiter must be one of CR, LF, CRLF, not 'TAB'");
    }

    @Test
    void journalRetentionAndSecretFileAreConfiguredAndAWeekIsTheLeast() throws ConfigException {
        KioskConfig config = parse(DEMO + "journal:\n  file: /var/lib/kiosk/journal.db\n  retention: 30d\n"
                + "  secret-file: /var/lib/kiosk-keys/resident-key\n");
        assertThat(config.journal().retention()).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(config.journal().secretFile()).isEqualTo(java.nio.file.Path.of("/var/lib/kiosk-keys/resident-key"));
        assertThat(parse(DEMO).journal().retention()).isEqualTo(java.time.Duration.ofDays(90));
        assertThat(parse(DEMO).journal().secretFile()).isNull();
        assertThat(problems(DEMO + "journal:\n  retention: 2d\n", Locale.ENGLISH)).singleElement().asString()
                .startsWith("line 8: ").contains("retention", "7d");
    }

    @Test
    void staffReadEveryProblemInChineseWithItsLine() {
        String yaml = DEMO.replace("mode: demo", "mode: museum") + "session:\n  idle-timeout: 2 minutes\n";
        assertThat(problems(yaml, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "第 2 行：mode 只能是 production（正式）或 demo（演示），而不是“museum”",
                "第 8 行：idle-timeout 应是带单位的时长，例如 500ms、8s 或 2m，而不是“2 minutes”");
        assertThat(problems(yaml, Locale.ENGLISH)).first().asString().startsWith("line 2: mode must be production or demo");
    }

    @Test
    void productionRefusesPlainHttpAnEmptyKeyNoTlsSimulatedDevicesAndNoSigningKey() throws ConfigException {
        String yaml = """
                kiosk-id: KIOSK-0042
                mode: production
                backend:
                  url: http://police.example
                  api-key: ""
                devices:
                  - id: printer
                    kind: receipt-printer
                    driver: escpos-simulator
                """;
        assertThat(problems(yaml, Locale.ENGLISH)).containsExactlyInAnyOrder(
                "line 4: a production kiosk must reach the backend over https, not plain http",
                "line 5: a production kiosk needs its API key (backend.api-key is empty)",
                "line 4: a production kiosk needs backend.tls (its certificate, the backend CA and the key pins)",
                "line 7: device 'printer' uses the simulated driver escpos-simulator: a production kiosk needs the real device",
                "line 1: a production kiosk needs fleet.trusted-keys (the operations public key that signs the configuration the backend sends)");
        // the same file as a demo is fine
        assertThat(parse(yaml.replace("mode: production", "mode: demo").replace("\"\"", "k")).mode())
                .isEqualTo(KioskConfig.Mode.DEMO);
    }

    @Test
    void theSameFileIsAcceptedAsADemo() throws ConfigException {
        KioskConfig demo = parse(DEMO + """
                devices:
                  - id: printer
                    kind: receipt-printer
                    driver: escpos-simulator
                """);
        assertThat(demo.mode()).isEqualTo(KioskConfig.Mode.DEMO);
        assertThat(demo.version()).isEqualTo(7);
    }

    @Test
    void aDisabledServiceCarriesTheReasonResidentsRead() throws ConfigException {
        KioskConfig config = parse(DEMO + """
                services:
                  traffic.fines: {enabled: true}
                  household.certificate:
                    enabled: false
                    reason: {zh-CN: 系统升级，请到户政窗口办理, en: Being upgraded; please go to the household counter}
                """);
        assertThat(config.services().enabled("traffic.fines")).isTrue();
        assertThat(config.services().enabled("exit-entry.endorsement")).isTrue();
        assertThat(config.services().enabled("household.certificate")).isFalse();
        assertThat(config.services().disabledReason("household.certificate").orElseThrow().in(Locale.forLanguageTag("zh-TW")))
                .isEqualTo("系统升级，请到户政窗口办理");
        assertThat(config.services().disabledReason("traffic.fines")).isEmpty();
    }

    @Test
    void aServiceDisabledWithoutReasonOrWithABadIdIsRefused() {
        assertThat(problems(DEMO + """
                services:
                  household.certificate: {enabled: false}
                  fines: {enabled: true}
                """, Locale.ENGLISH)).containsExactly(
                "line 8: service household.certificate is disabled: give the reason residents read (reason with zh-CN, zh-TW, en)",
                "line 9: 'fines' is not a service: write domain.service, such as traffic.fines (domains household, traffic, exit-entry)");
    }

    @Test
    void adminStaffPaperAndLanguages() throws ConfigException {
        KioskConfig config = parse(DEMO + """
                language: en
                languages: [zh-CN, en]
                paper: {roll-length-mm: 80000, low-warning-mm: 8000}
                admin:
                  pin-attempts: 5
                  lockout: 1m
                  staff:
                    - id: S-0107
                      pin: %s
                """.formatted(PIN_HASH));
        assertThat(config.languages()).containsExactly(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH);
        assertThat(config.defaultLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(config.paper()).isEqualTo(new KioskConfig.Paper(80_000, 8_000));
        assertThat(config.admin().pinAttempts()).isEqualTo(5);
        assertThat(config.admin().lockout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.admin().maxLockout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.admin().staff()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("S-0107");
            assertThat(s.pin().matches("246810".toCharArray())).isTrue();
            assertThat(s.card()).isEmpty();
        });
    }

    @Test
    void aPinWrittenInClearOrAWeakHashIsRefused() {
        assertThat(problems(DEMO + """
                language: zh-TW
                languages: [zh-CN, en]
                paper: {roll-length-mm: 5000, low-warning-mm: 8000}
                admin:
                  staff:
                    - id: S-0107
                      pin: "246810"
                """, Locale.ENGLISH)).containsExactly(
                "line 7: the starting language zh-TW must be one of the languages offered",
                "line 9: paper.low-warning-mm must be less than paper.roll-length-mm",
                "line 13: pin must be a hash made by ./kiosk config hash-pin (pbkdf2-sha256:...), never the PIN itself");
        String weak = """
                kiosk-id: KIOSK-0042
                backend:
                  url: https://police.example
                  api-key: k
                  tls: {identity: /etc/k.pem, backend-ca: /etc/ca.pem, pins: [sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=]}
                fleet: {trusted-keys: /etc/kiosk/trusted-keys}
                admin:
                  staff:
                    - {id: S-1, pin: "%s"}
                """.formatted(PIN_HASH);
        assertThat(problems(weak, Locale.ENGLISH)).singleElement().asString().contains("staff S-1").contains("hash-pin");
    }

    @Test
    void aDeviceGivenInCodeIsCheckedByTheSameRules() {
        KioskConfig.DeviceConfig ok = new KioskConfig.DeviceConfig("p", "receipt-printer", "escpos-simulator",
                java.util.Map.of("paper-width-dots", "384"));
        assertThat(((DriverSettings.ReceiptPrinter) ok.driverSettings()).paperWidthDots()).isEqualTo(384);
        assertThatThrownBy(() -> new KioskConfig.DeviceConfig("p", "receipt-printer", "escpos-simulator",
                java.util.Map.of("write-timeout", "5000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write-timeout must be a duration");
    }
}
