package kiosk.app.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The fleet settings this kiosk applies itself: the document backend-stub stores as desired configuration
 * (idleTimeoutSeconds, heartbeatSeconds, languages, services). Checked as a whole; an unknown key or a
 * value out of range refuses the document. The heartbeat period takes effect at once; the others are
 * recorded as running and handed to {@code onSettings} for the parts of the kiosk that own them.
 */
public final class FleetSettingsApplier implements ConfigApplier {

    private static final Set<String> KEYS = Set.of("idleTimeoutSeconds", "heartbeatSeconds", "languages", "services");
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "zh-TW", "en");

    private final Consumer<Duration> heartbeatPeriod;
    private final Consumer<Map<String, Object>> onSettings;

    public FleetSettingsApplier(Consumer<Duration> heartbeatPeriod, Consumer<Map<String, Object>> onSettings) {
        this.heartbeatPeriod = heartbeatPeriod;
        this.onSettings = onSettings;
    }

    @Override
    public void apply(int version, Map<String, Object> config) throws Refused {
        for (String key : config.keySet()) {
            if (!KEYS.contains(key)) {
                throw new Refused("unknown setting '" + key + "'");
            }
        }
        seconds(config, "idleTimeoutSeconds", 15, 600);
        Integer beat = seconds(config, "heartbeatSeconds", 2, 3600);
        Object languages = config.get("languages");
        if (languages != null && !(languages instanceof List<?> l && !l.isEmpty() && LANGUAGES.containsAll(l))) {
            throw new Refused("languages is a non-empty list of zh-CN, zh-TW, en");
        }
        Object services = config.get("services");
        if (services != null && !(services instanceof Map<?, ?> m && m.values().stream().allMatch(v -> v instanceof Boolean))) {
            throw new Refused("services maps each service to true or false");
        }
        if (beat != null) {
            heartbeatPeriod.accept(Duration.ofSeconds(beat));
        }
        onSettings.accept(Map.copyOf(config));
    }

    private static Integer seconds(Map<String, Object> config, String key, int min, int max) throws Refused {
        Object value = config.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer i) || i < min || i > max) {
            throw new Refused(key + " is a whole number of seconds from " + min + " to " + max);
        }
        return i;
    }
}
