package kiosk.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The whole kiosk configuration: immutable, validated when loaded, passed in to whoever needs a part
 * of it and never looked up globally.
 */
public record KioskConfig(
        String kioskId,
        Mode mode,
        Backend backend,
        Session session,
        List<DeviceConfig> devices,
        Journal journal,
        Locale defaultLanguage,
        Fleet fleet,
        Station station) {

    public KioskConfig {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(session, "session");
        devices = List.copyOf(devices);
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(station, "station");
    }

    /** Without a station section: an unnamed station with no counters (tests that need none). */
    public KioskConfig(String kioskId, Mode mode, Backend backend, Session session, List<DeviceConfig> devices,
                       Journal journal, Locale defaultLanguage, Fleet fleet) {
        this(kioskId, mode, backend, session, devices, journal, defaultLanguage, fleet, Station.UNNAMED);
    }

    /**
     * Where the kiosk stands and where residents go when it cannot help: the station's name, the 24-hour
     * hotline, the nearest other 24-hour self-service site, one counter per business domain with its
     * opening hours, and the URL a receipt's QR opens ({@code {ref}} is replaced by the item's reference).
     */
    public record Station(Localized name, String hotline, Localized nearest24h, List<Counter> counters,
                          String verifyUrl) {
        public static final Station UNNAMED = new Station(Localized.of("", "", ""), "", Localized.of("", "", ""),
                List.of(), "https://kiosk.invalid/verify/{ref}");

        public Station {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hotline, "hotline");
            Objects.requireNonNull(nearest24h, "nearest24h");
            counters = List.copyOf(counters);
            Objects.requireNonNull(verifyUrl, "verifyUrl");
        }

        /** The counter for a business domain (household, traffic, exit-entry), or the first one. */
        public java.util.Optional<Counter> counterFor(String domain) {
            return counters.stream().filter(c -> c.domain().equals(domain)).findFirst()
                    .or(() -> counters.stream().findFirst());
        }

        public String verifyUrlFor(String reference) {
            return verifyUrl.replace("{ref}", java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** A staffed counter: which domain it serves, its name and its opening hours as residents read them. */
    public record Counter(String domain, Localized name, Localized hours) {
        public Counter {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hours, "hours");
        }
    }

    /** Production is fullscreen and locked down; demo is a normal window beside the simulator panel. */
    public enum Mode { PRODUCTION, DEMO }

    /** Where and how the kiosk reaches the police backend; {@code tls} null means no client certificate. */
    public record Backend(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
                          Duration callTimeout, Tls tls) {
        public Backend {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(apiKey, "apiKey");
        }

        public Backend(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
            this(baseUrl, apiKey, connectTimeout, readTimeout, callTimeout, null);
        }

        public Backend withBaseUrl(URI url) {
            return new Backend(url, apiKey, connectTimeout, readTimeout, callTimeout, tls);
        }
    }

    /**
     * Mutual TLS: the kiosk's certificate and private key (one PEM file), the CA that issued the
     * backend's certificate, and the SPKI SHA-256 pins ("sha256/...") of the backend's key.
     */
    public record Tls(Path identity, Path backendCa, List<String> pins) {
        public Tls {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(backendCa, "backendCa");
            pins = List.copyOf(pins);
        }
    }

    /** Resident session timing: idle warning, idle reset, how long a payment QR stays valid on screen. */
    public record Session(Duration idleTimeout, Duration idleWarning, Duration paymentTimeout) {
    }

    /**
     * One peripheral: which driver, reached how. Driver-specific settings stay strings here; the
     * driver validates them when it is built.
     */
    public record DeviceConfig(String id, String kind, String driver, Map<String, String> settings) {
        public DeviceConfig {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(driver, "driver");
            settings = Map.copyOf(settings);
        }

        public String setting(String key, String fallback) {
            return settings.getOrDefault(key, fallback);
        }
    }

    /** How the kiosk reports to the fleet: a heartbeat with its device statuses at this interval. */
    public record Fleet(Duration heartbeat) {
        public static final Fleet DEFAULT = new Fleet(Duration.ofSeconds(30));
    }

    /** The local transaction journal (SQLite file). */
    public record Journal(Path file) {
    }

    public KioskConfig withBackend(Backend newBackend) {
        return new KioskConfig(kioskId, mode, newBackend, session, devices, journal, defaultLanguage, fleet, station);
    }

    public KioskConfig withSession(Session newSession) {
        return new KioskConfig(kioskId, mode, backend, newSession, devices, journal, defaultLanguage, fleet, station);
    }

    public KioskConfig withJournal(Journal newJournal) {
        return new KioskConfig(kioskId, mode, backend, session, devices, newJournal, defaultLanguage, fleet, station);
    }

    public KioskConfig withFleet(Fleet newFleet) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, newFleet, station);
    }

    public KioskConfig withStation(Station newStation) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, fleet, newStation);
    }

    public KioskConfig withMode(Mode newMode) {
        return new KioskConfig(kioskId, newMode, backend, session, devices, journal, defaultLanguage, fleet, station);
    }
}
