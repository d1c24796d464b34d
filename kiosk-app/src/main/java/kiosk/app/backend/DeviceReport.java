package kiosk.app.backend;

import java.util.Map;

/** One device in a heartbeat: its id, its XFS state and a little detail (codes, never personal data). */
public record DeviceReport(String device, String state, Map<String, String> detail) {

    public DeviceReport {
        detail = Map.copyOf(detail);
    }
}
