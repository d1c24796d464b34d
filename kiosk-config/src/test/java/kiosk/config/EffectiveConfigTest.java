package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveConfigTest {

    @Test
    void showsDefaultsAndHidesSecrets() {
        Map<String, String> lines = EffectiveConfig.lines(DemoConfig.load());
        assertThat(lines).containsEntry("backend.api-key", "****01").containsEntry("backend.connect-timeout", "2s")
                .containsEntry("devices.receipt-printer.write-timeout", "5s").containsEntry("admin.staff.S-0001", "pin")
                .containsEntry("fleet.heartbeat", "30s");
        assertThat(String.join("\n", lines.values())).doesNotContain("demo-key-001").doesNotContain("pbkdf2");
    }

    @Test
    void diffListsWhatChanged() {
        KioskConfig a = DemoConfig.load();
        KioskConfig b = a.withServices(a.services().disable("traffic.fines", Localized.of("暂停", "暫停", "Paused")))
                .withVersion(2);
        assertThat(EffectiveConfig.diff(a, b)).extracting(EffectiveConfig.Change::key).containsExactly(
                "version", "services.traffic.fines.enabled", "services.traffic.fines.reason.en",
                "services.traffic.fines.reason.zh-CN", "services.traffic.fines.reason.zh-TW");
        assertThat(EffectiveConfig.diff(a, a)).isEmpty();
    }
}
