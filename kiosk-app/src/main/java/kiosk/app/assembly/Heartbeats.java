package kiosk.app.assembly;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kiosk.app.fleet.ConfigSync;
import kiosk.app.fleet.FleetException;
import kiosk.app.fleet.FleetLink;
import kiosk.peripherals.device.CardReaderDetail;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.PrinterDetail;
import kiosk.peripherals.device.ScannerDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the fleet, at a steady pace, that this kiosk is alive: each device's state, counters since start
 * and the configuration version running. The answer names the version the fleet wants, which
 * {@link ConfigSync} fetches and applies when it differs.
 */
final class Heartbeats {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

    private final FleetLink link;
    private final DeviceManager devices;
    private final ConfigSync config;
    private final Supplier<Map<String, Long>> counters;
    private final Clock clock;
    private volatile Instant lastSuccess;

    Heartbeats(FleetLink link, DeviceManager devices, ConfigSync config, Supplier<Map<String, Long>> counters, Clock clock) {
        this.link = link;
        this.devices = devices;
        this.config = config;
        this.counters = counters;
        this.clock = clock;
    }

    /** One heartbeat; a failure is logged and the next beat simply tries again. */
    void send() {
        List<FleetLink.DeviceReport> reports = devices.devices().stream().map(Heartbeats::report).toList();
        Map<String, Long> all = new LinkedHashMap<>();
        devices.devices().forEach(d -> all.put("reconnects." + d.id(), (long) devices.reconnectAttempts(d.id())));
        all.putAll(counters.get());
        try {
            FleetLink.HeartbeatAck ack = link.heartbeat(new FleetLink.Heartbeat(clock.instant(), reports, all, config.runningVersion()));
            lastSuccess = clock.instant();
            config.onAck(ack);
        } catch (FleetException e) {
            LOG.info("Heartbeat not delivered: {}", e.code());
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat failed", e);
        }
    }

    Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    static FleetLink.DeviceReport report(Device device) {
        DeviceStatus status = device.status();
        Map<String, String> detail = new LinkedHashMap<>();
        if (!status.reason().isEmpty()) {
            detail.put("reason", status.reason());
        }
        if (status.detail() instanceof PrinterDetail p) {
            detail.put("paper", p.paper().name());
            detail.put("coverOpen", Boolean.toString(p.coverOpen()));
            detail.put("cutterError", Boolean.toString(p.cutterError()));
            detail.put("jammed", Boolean.toString(p.mediaJammed()));
        } else if (status.detail() instanceof CardReaderDetail c) {
            detail.put("media", c.media().name());
        } else if (status.detail() instanceof ScannerDetail s) {
            detail.put("scanner", s.scanner().name());
        }
        return new FleetLink.DeviceReport(device.id(), status.state().name(), detail);
    }
}
