package kiosk.peripherals.device;

import java.util.Map;
import java.util.Objects;

/**
 * What the device manager needs to build one device: its id, kind, driver name and the driver's own
 * settings (validated by the driver). kiosk-config's DeviceConfig maps onto this one to one.
 */
public record DeviceSpec(String id, DeviceKind kind, String driver, Map<String, String> settings) {

    public DeviceSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(driver, "driver");
        settings = Map.copyOf(settings);
    }

    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    /** A required setting; a clear message names the device and the key when it is missing. */
    public String require(String key) throws DeviceException {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new DeviceException(CompletionCode.INVALID_DATA, "config.missing-setting",
                    "device '" + id + "' (driver " + driver + ") needs the setting '" + key + "'");
        }
        return value;
    }
}
