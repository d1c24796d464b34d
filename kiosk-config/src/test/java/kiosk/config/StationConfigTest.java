package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StationConfigTest {

    private static final String BASE = """
            kiosk-id: KIOSK-0042
            mode: demo
            backend:
              url: https://police.example.gov.cn/api
              api-key: k-42
            """;

    @Test
    void theDemoStationNamesACounterWithHoursForEveryDomain() {
        KioskConfig.Station station = DemoConfig.load().station();
        assertThat(station.name().in(Locale.forLanguageTag("en"))).contains("Shaoxing");
        assertThat(station.hotline()).isNotBlank();
        for (String domain : new String[] {"household", "traffic", "exit-entry"}) {
            KioskConfig.Counter counter = station.counterFor(domain).orElseThrow();
            assertThat(counter.domain()).isEqualTo(domain);
            assertThat(counter.hours().in(Locale.forLanguageTag("zh-TW"))).isNotBlank();
        }
        assertThat(station.verifyUrlFor("A-1 2")).endsWith("/verify/A-1+2");
    }

    @Test
    void aMissingLanguageFallsBackToSimplifiedChinese() throws ConfigException {
        KioskConfig config = ConfigLoader.parse(BASE + """
                station:
                  name: {zh-CN: 城南派出所}
                  hotline: "110"
                  nearest-24h: {zh-CN: 行政服务中心}
                  verify-url: https://jcy.example/v/{ref}
                  counters:
                    - domain: traffic
                      name: {zh-CN: 车管窗口}
                      hours: {zh-CN: 周一至周五}
                """, "kiosk.yaml");
        assertThat(config.station().name().in(Locale.ENGLISH)).isEqualTo("城南派出所");
        assertThat(config.station().counterFor("household").orElseThrow().domain()).isEqualTo("traffic");
    }

    @Test
    void problemsNameTheirLine() {
        assertThatThrownBy(() -> ConfigLoader.parse(BASE + """
                station:
                  name: 城南派出所
                  hotline: "110"
                  nearest-24h: {en: centre}
                  verify-url: ftp://x/verify
                  counters:
                    - domain: passports
                      name: {zh-CN: 窗口}
                      hours: {zh-CN: 全天}
                """, "kiosk.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 7: 'name' must give the text per language")
                .hasMessageContaining("line 9: 'nearest-24h' needs at least its zh-CN text")
                .hasMessageContaining("line 10: station.verify-url must be an http(s) URL containing {ref}")
                .hasMessageContaining("line 12: counter domain must be one of [exit-entry, household, traffic]");
    }
}
