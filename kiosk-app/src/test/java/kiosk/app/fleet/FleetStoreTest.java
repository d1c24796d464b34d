package kiosk.app.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.PrinterDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox and problem state survive a reopen; a problem is raised and cleared once; device conditions. */
class FleetStoreTest {

    @TempDir
    Path dir;

    @Test
    void aProblemIsJournaledOnceAndItsEventWaitsAcrossARestart() {
        Path file = dir.resolve("fleet.db");
        try (FleetStore store = FleetStore.open(file, Clock.systemUTC())) {
            assertThat(store.raise(EventKind.PAPER_OUT, "receipt-printer")).isPresent();
            assertThat(store.raise(EventKind.PAPER_OUT, "receipt-printer")).isEmpty();
            assertThat(store.backlog().count()).isEqualTo(1);
            store.running(7, Map.of("idleTimeoutSeconds", 75));
        }
        try (FleetStore store = FleetStore.open(file, Clock.systemUTC())) {
            FleetStore.Pending p = store.oldestPending().orElseThrow();
            assertThat(p.event().kind()).isEqualTo(EventKind.PAPER_OUT);
            assertThat(p.event().raised()).isTrue();
            store.failed(p.seq(), "CONNECT_FAILED");
            assertThat(store.oldestPending().orElseThrow().attempts()).isEqualTo(1);
            assertThat(store.oldestPending().orElseThrow().event().eventId()).isEqualTo(p.event().eventId());
            store.done(p.seq(), "DELIVERED");
            assertThat(store.backlog().count()).isZero();
            assertThat(store.activeProblems()).containsExactly(Map.entry(EventKind.PAPER_OUT, "receipt-printer"));
            assertThat(store.clear(EventKind.PAPER_OUT, "receipt-printer").orElseThrow().raised()).isFalse();
            assertThat(store.clear(EventKind.PAPER_OUT, "receipt-printer")).isEmpty();
            assertThat(store.running().version()).isEqualTo(7);
            assertThat(store.running().config()).containsEntry("idleTimeoutSeconds", 75);
        }
    }

    @Test
    void deviceStatesBecomeConditions() {
        DeviceStatus out = DeviceStatus.of(DeviceState.USER_ERROR, new PrinterDetail(PrinterDetail.Paper.OUT, false, false, false), "paper out");
        assertThat(DeviceAlarms.conditionsOf("p", DeviceKind.RECEIPT_PRINTER, out))
                .containsExactly(new DeviceAlarms.Condition(EventKind.PAPER_OUT, "p"));
        DeviceStatus low = DeviceStatus.online(new PrinterDetail(PrinterDetail.Paper.LOW, false, false, false));
        assertThat(DeviceAlarms.conditionsOf("p", DeviceKind.RECEIPT_PRINTER, low))
                .containsExactly(new DeviceAlarms.Condition(EventKind.PAPER_LOW, "p"));
        assertThat(DeviceAlarms.conditionsOf("r", DeviceKind.ID_CARD_READER, DeviceStatus.noDevice("unplugged")))
                .isEqualTo(Set.of(new DeviceAlarms.Condition(EventKind.READER_ERROR, "r")));
        assertThat(DeviceAlarms.conditionsOf("s", DeviceKind.QR_SCANNER, DeviceStatus.of(DeviceState.HARDWARE_ERROR, kiosk.peripherals.device.StatusDetail.NONE, "x")))
                .isEqualTo(Set.of(new DeviceAlarms.Condition(EventKind.DEVICE_ERROR, "s")));
        assertThat(DeviceAlarms.conditionsOf("p", DeviceKind.RECEIPT_PRINTER, DeviceStatus.online(PrinterDetail.READY))).isEmpty();
    }

    @Test
    void fleetSettingsAreCheckedAsAWhole() throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.time.Duration> period = new java.util.concurrent.atomic.AtomicReference<>();
        FleetSettingsApplier applier = new FleetSettingsApplier(period::set, m -> { });
        applier.apply(2, Map.of("heartbeatSeconds", 20, "languages", java.util.List.of("zh-CN", "en")));
        assertThat(period.get()).isEqualTo(java.time.Duration.ofSeconds(20));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> applier.apply(3, Map.of("heartbeatSeconds", 1)))
                .isInstanceOf(ConfigApplier.Refused.class).hasMessageContaining("heartbeatSeconds");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> applier.apply(3, Map.of("paperWidth", 80)))
                .isInstanceOf(ConfigApplier.Refused.class).hasMessageContaining("paperWidth");
        assertThat(period.get()).isEqualTo(java.time.Duration.ofSeconds(20));
    }
}
