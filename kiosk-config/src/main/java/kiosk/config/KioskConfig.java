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
        Fleet fleet) {

    public KioskConfig {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(session, "session");
        devices = List.copyOf(devices);
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        Objects.requireNonNull(fleet, "fleet");
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
        return new KioskConfig(kioskId, mode, newBackend, session, devices, journal, defaultLanguage, fleet);
    }

    public KioskConfig withSession(Session newSession) {
        return new KioskConfig(kioskId, mode, backend, newSession, devices, journal, defaultLanguage, fleet);
    }

    public KioskConfig withJournal(Journal newJournal) {
        return new KioskConfig(kioskId, mode, backend, session, devices, newJournal, defaultLanguage, fleet);
    }

    public KioskConfig withFleet(Fleet newFleet) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, newFleet);
    }

    public KioskConfig withMode(Mode newMode) {
        return new KioskConfig(kioskId, newMode, backend, session, devices, journal, defaultLanguage, fleet);
    }
}
