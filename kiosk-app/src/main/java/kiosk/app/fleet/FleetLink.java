package kiosk.app.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The kiosk's side of the fleet API: heartbeats, urgent events, and desired vs running configuration
 * (in the manner of a device shadow). Blocking calls: never on the JavaFX thread.
 */
public interface FleetLink {

    /** One device in a heartbeat; detail values are enum names and flags, never personal data. */
    record DeviceReport(String device, String state, Map<String, String> detail) {
    }

    /** What a heartbeat carries: device states, counters since start, and the configuration version running. */
    record Heartbeat(Instant sentAt, List<DeviceReport> devices, Map<String, Long> counters, int runningConfigVersion) {
    }

    /** The fleet's answer: which configuration version this kiosk should run. */
    record HeartbeatAck(int desiredConfigVersion, boolean configChanged) {
    }

    /**
     * The configuration the fleet wants this kiosk to run: the version it names and the signed settings
     * (null when the fleet sent none; the kiosk applies nothing that is not signed).
     */
    record DesiredConfig(int version, kiosk.config.bundle.SettingsBundle bundle) {
    }

    HeartbeatAck heartbeat(Heartbeat heartbeat) throws FleetException;

    /** Sends one urgent event; true when the fleet had already received it (a resend). */
    boolean send(UrgentEvent event) throws FleetException;

    DesiredConfig desiredConfig() throws FleetException;

    void reportConfig(int version, Map<String, Object> config) throws FleetException;
}
