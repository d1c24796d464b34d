package kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.sim.SimulatorRack;
import org.junit.jupiter.api.Test;

/** Names, units and bounded labels of the kiosk's metrics, and the UI pulse gap. */
class KioskMetricsTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    private KioskMetrics metrics(DeviceManager devices, PulseMonitor pulse, Backlog journal, Optional<Instant> callStaff) {
        return new KioskMetrics(new OpsSources("K-1", "0.1.0", devices, () -> "OPEN", () -> journal, () -> Backlog.EMPTY,
                () -> callStaff, () -> Optional.of(now.minusSeconds(30)), () -> 3, () -> 4, pulse, Set.of("traffic.fines"),
                Clock.fixed(now, ZoneOffset.UTC)));
    }

    @Test
    void exposesStateSetsBacklogsAndBuildInfo() {
        try (SimulatorRack rack = new SimulatorRack();
             DeviceManager devices = new DeviceManager(DriverCatalog.standard(rack), Duration.ofSeconds(1))) {
            String text = metrics(devices, new PulseMonitor(), new Backlog(2, Optional.of(now.minusSeconds(90))),
                    Optional.of(now.minusSeconds(400))).scrape();
            assertThat(text).contains("kiosk_build_info{java_version=", "version=\"0.1.0\"} 1",
                    "kiosk_backend_circuit_state{state=\"open\"} 1", "kiosk_backend_circuit_state{state=\"closed\"} 0",
                    "kiosk_journal_backlog_operations 2", "kiosk_journal_oldest_operation_age_seconds 90",
                    "kiosk_call_staff_waiting_seconds 400", "kiosk_config_version{which=\"running\"} 3",
                    "kiosk_config_version{which=\"desired\"} 4");
            String beat = text.lines().filter(l -> l.startsWith("kiosk_fleet_heartbeat_last_success_timestamp_seconds ")).findFirst().orElseThrow();
            assertThat(Double.parseDouble(beat.split(" ")[1])).isEqualTo((double) now.minusSeconds(30).getEpochSecond());
            // no UI pulsed: no frame gauge rather than a made-up zero
            assertThat(text).doesNotContain("kiosk_ui_seconds_since_last_frame ");
        }
    }

    @Test
    void labelsStayBoundedWhateverTheCallersPass() {
        try (SimulatorRack rack = new SimulatorRack();
             DeviceManager devices = new DeviceManager(DriverCatalog.standard(rack), Duration.ofSeconds(1))) {
            KioskMetrics m = metrics(devices, new PulseMonitor(), Backlog.EMPTY, Optional.empty());
            m.transactions().finished("traffic.fines", "COMPLETED");
            m.transactions().finished("张伟 110101198503151235", "failed");
            m.transactions().finished("traffic.fines", "card of 110101198503151235");
            for (int i = 0; i < 500; i++) {
                m.backendCalls().observed("GET payments/orders/O-" + i, "ok", 1_000_000);
                m.backendCalls().observed("POST /x" + i, "weird-" + i, 1_000_000);
            }
            String text = m.scrape();
            assertThat(text).contains("kiosk_transactions_total{outcome=\"completed\",service=\"traffic.fines\"} 1",
                    "kiosk_transactions_total{outcome=\"failed\",service=\"other\"} 1",
                    "kiosk_transactions_total{outcome=\"other\",service=\"traffic.fines\"} 1");
            assertThat(text).doesNotContain("张伟", "110101198503151235");
            long routes = text.lines().filter(l -> l.startsWith("kiosk_backend_request_duration_seconds_count")).count();
            assertThat(routes).isLessThanOrEqualTo(41 * 2);
        }
    }

    @Test
    void theFrameGapGrowsWhileTheUiIsFrozen() {
        AtomicLong clock = new AtomicLong(1_000_000_000L);
        PulseMonitor pulse = new PulseMonitor(clock::get);
        try (SimulatorRack rack = new SimulatorRack();
             DeviceManager devices = new DeviceManager(DriverCatalog.standard(rack), Duration.ofSeconds(1))) {
            KioskMetrics m = metrics(devices, pulse, Backlog.EMPTY, Optional.empty());
            pulse.pulse();
            clock.addAndGet(16_000_000L);
            pulse.pulse();
            clock.addAndGet(3_000_000_000L); // frozen for 3 s
            assertThat(pulse.secondsSinceLastPulse()).isEqualTo(3.0);
            String text = m.scrape();
            assertThat(text).contains("kiosk_ui_seconds_since_last_frame 3", "kiosk_ui_frame_gap_seconds_bucket{le=\"0.02\"} 1",
                    "kiosk_ui_frame_gap_seconds_count 1");
            pulse.pulse();
            assertThat(m.scrape()).contains("kiosk_ui_frame_gap_seconds_bucket{le=\"2.0\"} 1", "kiosk_ui_frame_gap_seconds_bucket{le=\"5.0\"} 2");
        }
    }
}
