package kiosk.app.assembly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kiosk.app.model.BackendException;
import kiosk.app.backend.DeviceReport;
import kiosk.app.backend.KioskBackend;
import kiosk.peripherals.device.CardReaderDetail;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.PrinterDetail;
import kiosk.peripherals.device.ScannerDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the fleet, at a steady pace, that this kiosk is alive and how each of its devices is. */
final class Heartbeats {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

    private final KioskBackend backend;
    private final DeviceManager devices;

    Heartbeats(KioskBackend backend, DeviceManager devices) {
        this.backend = backend;
        this.devices = devices;
    }

    /** One heartbeat; a failure is logged and the next beat simply tries again. */
    void send() {
        List<DeviceReport> reports = devices.devices().stream().map(Heartbeats::report).toList();
        Map<String, Long> counters = new LinkedHashMap<>();
        devices.devices().forEach(d -> counters.put("reconnects." + d.id(), (long) devices.reconnectAttempts(d.id())));
        try {
            backend.heartbeat(reports, counters, UUID.randomUUID().toString());
        } catch (BackendException e) {
            LOG.info("Heartbeat not delivered: {}", e.code());
        } catch (RuntimeException e) {
            LOG.warn("Heartbeat failed", e);
        }
    }

    static DeviceReport report(Device device) {
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
        return new DeviceReport(device.id(), status.state().name(), detail);
    }
}
