package kiosk.peripherals.device;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the device manager needs to build one device: its id, kind, driver name and the driver's own
 * settings (validated by the driver). kiosk-config's DeviceConfig maps onto this one to one.
 */
public record DeviceSpec(String id, DeviceKind kind, String driver, Map<String, String> settings) {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
    private static final Duration MAX_DURATION = Duration.ofMinutes(10);

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

    /**
     * A duration setting in the kiosk's one syntax, a number and its unit ({@code 500ms}, {@code 1.5s},
     * {@code 2m}, {@code 1h}; kiosk-config's Durations reads the same grammar), between 1 ms and 10 min.
     * The older {@code KEY-ms} form (a bare number of milliseconds) is still read when {@code KEY} is absent.
     */
    public Duration duration(String key, Duration fallback) throws DeviceException {
        String text = settings.get(key);
        String legacy = settings.get(key + "-ms");
        if ((text == null || text.isBlank()) && legacy != null && !legacy.isBlank()) {
            text = legacy.trim() + "ms";
        }
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Matcher m = DURATION.matcher(text.trim());
        if (m.matches()) {
            BigDecimal amount = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(switch (m.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "m" -> 60_000L;
                case "h" -> 3_600_000L;
                default -> 86_400_000L;
            }));
            if (amount.stripTrailingZeros().scale() <= 0 && amount.signum() > 0
                    && amount.compareTo(BigDecimal.valueOf(MAX_DURATION.toMillis())) <= 0) {
                return Duration.ofMillis(amount.longValueExact());
            }
        }
        throw new DeviceException(CompletionCode.INVALID_DATA, "config.bad-setting",
                "device '" + id + "': " + key + " must be a duration from 1ms to 10m such as 500ms or 5s, not '" + text + "'");
    }
}
