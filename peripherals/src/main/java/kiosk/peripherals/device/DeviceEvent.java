package kiosk.peripherals.device;

import java.time.Instant;

/** Typed device events, after UnifiedPOS DataEvent / ErrorEvent / StatusUpdateEvent. */
public sealed interface DeviceEvent permits DeviceEvent.Data, DeviceEvent.StatusChanged, DeviceEvent.Error {

    String deviceId();

    Instant at();

    /** Input from the device: an identity read, a code scanned, a print completed. */
    record Data<T>(String deviceId, T payload, Instant at) implements DeviceEvent {
        public Data(String deviceId, T payload) {
            this(deviceId, payload, Instant.now());
        }
    }

    /** The device's status changed; previous is null on the first report. */
    record StatusChanged(String deviceId, DeviceStatus previous, DeviceStatus current, Instant at)
            implements DeviceEvent {
        public StatusChanged(String deviceId, DeviceStatus previous, DeviceStatus current) {
            this(deviceId, previous, current, Instant.now());
        }
    }

    /** An operation failed; the status may or may not have changed with it. */
    record Error(String deviceId, DeviceException error, Instant at) implements DeviceEvent {
        public Error(String deviceId, DeviceException error) {
            this(deviceId, error, Instant.now());
        }
    }
}
