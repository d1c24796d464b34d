package kiosk.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration a kiosk really runs, defaults filled in, as flat {@code section.key = value} lines:
 * what {@code ./kiosk config show} prints and {@code diff} compares. Secrets never appear: the API key
 * shows only its last two characters, PIN and card hashes only that they are set.
 */
public final class EffectiveConfig {

    private EffectiveConfig() {
    }

    public static Map<String, String> lines(KioskConfig c) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kiosk-id", c.kioskId());
        out.put("mode", c.mode().name().toLowerCase(Locale.ROOT));
        out.put("version", Integer.toString(c.version()));
        out.put("language", c.defaultLanguage().toLanguageTag());
        out.put("languages", String.join(", ", c.languages().stream().map(Locale::toLanguageTag).toList()));
        KioskConfig.Backend b = c.backend();
        out.put("backend.url", b.baseUrl().toString());
        out.put("backend.api-key", mask(b.apiKey()));
        out.put("backend.connect-timeout", Durations.format(b.connectTimeout()));
        out.put("backend.read-timeout", Durations.format(b.readTimeout()));
        out.put("backend.call-timeout", Durations.format(b.callTimeout()));
        out.put("backend.health-every", Durations.format(b.healthEvery()));
        if (b.tls() != null) {
            out.put("backend.tls.identity", b.tls().identity().toString());
            out.put("backend.tls.backend-ca", b.tls().backendCa().toString());
            out.put("backend.tls.pins", String.join(", ", b.tls().pins()));
        } else {
            out.put("backend.tls", "-");
        }
        out.put("session.idle-timeout", Durations.format(c.session().idleTimeout()));
        out.put("session.idle-warning", Durations.format(c.session().idleWarning()));
        out.put("session.payment-timeout", Durations.format(c.session().paymentTimeout()));
        for (KioskConfig.DeviceConfig d : c.devices()) {
            String p = "devices." + d.id() + ".";
            out.put(p + "kind", d.kind());
            out.put(p + "driver", d.driver());
            new TreeSet<>(d.settings().keySet()).forEach(k -> out.put(p + k, d.settings().get(k)));
        }
        out.put("journal.file", c.journal().file().toString());
        out.put("fleet.heartbeat", Durations.format(c.fleet().heartbeat()));
        out.put("fleet.trusted-keys", c.fleet().trustedKeys() != null ? c.fleet().trustedKeys().toString()
                : c.mode() == KioskConfig.Mode.DEMO ? "(demo operations key)" : "");
        KioskConfig.Station s = c.station();
        localized(out, "station.name", s.name());
        out.put("station.hotline", s.hotline());
        localized(out, "station.nearest-24h", s.nearest24h());
        out.put("station.verify-url", s.verifyUrl());
        for (KioskConfig.Counter counter : s.counters()) {
            localized(out, "station.counters." + counter.domain() + ".name", counter.name());
            localized(out, "station.counters." + counter.domain() + ".hours", counter.hours());
        }
        for (String id : new TreeSet<>(c.services().disabled().keySet())) {
            out.put("services." + id + ".enabled", "false");
            localized(out, "services." + id + ".reason", c.services().disabled().get(id));
        }
        out.put("paper.roll-length-mm", Integer.toString(c.paper().rollLengthMm()));
        out.put("paper.low-warning-mm", Integer.toString(c.paper().lowWarningMm()));
        KioskConfig.Admin a = c.admin();
        out.put("admin.pin-attempts", Integer.toString(a.pinAttempts()));
        out.put("admin.lockout", Durations.format(a.lockout()));
        out.put("admin.max-lockout", Durations.format(a.maxLockout()));
        out.put("admin.idle-timeout", Durations.format(a.idleTimeout()));
        for (KioskConfig.Staff staff : a.staff()) {
            out.put("admin.staff." + staff.id(), staff.card().isPresent() ? "pin, card" : "pin");
        }
        return out;
    }

    /** One line that differs: its key, the value in the first and in the second file (null when absent). */
    public record Change(String key, String before, String after) {
    }

    public static List<Change> diff(KioskConfig a, KioskConfig b) {
        Map<String, String> left = lines(a);
        Map<String, String> right = lines(b);
        Set<String> keys = new java.util.LinkedHashSet<>(left.keySet());
        keys.addAll(right.keySet());
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            String x = left.get(k);
            String y = right.get(k);
            if (x == null ? y != null : !x.equals(y)) {
                out.add(new Change(k, x, y));
            }
        }
        return out;
    }

    private static void localized(Map<String, String> out, String key, Localized text) {
        new TreeSet<>(text.byTag().keySet()).forEach(tag -> out.put(key + "." + tag, text.byTag().get(tag)));
    }

    private static String mask(String secret) {
        if (secret.isEmpty()) {
            return "";
        }
        return secret.length() <= 4 ? "****" : "****" + secret.substring(secret.length() - 2);
    }
}
