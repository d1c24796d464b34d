package kiosk.app.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import kiosk.peripherals.device.DeviceManager;

/**
 * What health and metrics read, each at scrape time and without I/O beyond the kiosk's own stores: the
 * devices, the backend circuit, the journal's queue, the urgent-event outbox, an open call for staff, the
 * last delivered heartbeat, configuration versions and the UI's pulse.
 */
public record OpsSources(
        String kioskId,
        String softwareVersion,
        DeviceManager devices,
        Supplier<String> circuitState,
        Supplier<Backlog> journalBacklog,
        Supplier<Backlog> urgentBacklog,
        Supplier<Optional<Instant>> callStaffSince,
        Supplier<Optional<Instant>> lastHeartbeat,
        IntSupplier runningConfigVersion,
        IntSupplier desiredConfigVersion,
        PulseMonitor pulse,
        Set<String> services,
        Clock clock) {
}
