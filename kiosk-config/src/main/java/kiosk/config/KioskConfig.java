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
        Station station,
        int version,
        List<Locale> languages,
        Services services,
        Paper paper,
        Admin admin) {

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
        languages = List.copyOf(languages);
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(admin, "admin");
    }

    /** All three kiosk languages, every service enabled, default paper thresholds, no staff. */
    public static final List<Locale> ALL_LANGUAGES = List.of(Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("zh-TW"),
            Locale.forLanguageTag("en"));

    /** The sections before services, paper and admin existed: their defaults. */
    public KioskConfig(String kioskId, Mode mode, Backend backend, Session session, List<DeviceConfig> devices,
                       Journal journal, Locale defaultLanguage, Fleet fleet, Station station) {
        this(kioskId, mode, backend, session, devices, journal, defaultLanguage, fleet, station, 0, ALL_LANGUAGES,
                Services.ALL_ENABLED, Paper.DEFAULT, Admin.NONE);
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

    /**
     * Where and how the kiosk reaches the police backend; {@code tls} null means no client certificate;
     * {@code healthEvery}: how often the background probe asks the backend's health, so the menu marks
     * services unavailable before anyone starts one.
     */
    public record Backend(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
                          Duration callTimeout, Tls tls, Duration healthEvery) {
        /** The probe's interval when kiosk.yaml does not set {@code backend.health-every}. */
        public static final Duration DEFAULT_HEALTH_EVERY = Duration.ofSeconds(10);
        /** Shorter loads the backend with probes from every kiosk; longer leaves residents to find an outage. */
        public static final Duration MIN_HEALTH_EVERY = Duration.ofSeconds(5);
        public static final Duration MAX_HEALTH_EVERY = Duration.ofMinutes(5);

        public Backend {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(apiKey, "apiKey");
            Objects.requireNonNull(healthEvery, "healthEvery");
        }

        public Backend(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                       Tls tls) {
            this(baseUrl, apiKey, connectTimeout, readTimeout, callTimeout, tls, DEFAULT_HEALTH_EVERY);
        }

        public Backend(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
            this(baseUrl, apiKey, connectTimeout, readTimeout, callTimeout, null);
        }

        public Backend withBaseUrl(URI url) {
            return new Backend(url, apiKey, connectTimeout, readTimeout, callTimeout, tls, healthEvery);
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
     * One peripheral: which driver, reached how, with its typed driver settings (checked when the file is
     * loaded). {@link #settings()} is their canonical text form for the peripherals DeviceSpec.
     */
    public record DeviceConfig(String id, String kind, String driver, Map<String, String> settings,
                               DriverSettings driverSettings) {
        public DeviceConfig {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(driver, "driver");
            Objects.requireNonNull(driverSettings, "driverSettings");
            settings = Map.copyOf(settings);
        }

        public DeviceConfig(String id, String kind, String driver, DriverSettings driverSettings) {
            this(id, kind, driver, driverSettings.asSpecSettings(), driverSettings);
        }

        /** From text settings, checked by the same rules as kiosk.yaml; throws IllegalArgumentException naming the first problem. */
        public DeviceConfig(String id, String kind, String driver, Map<String, String> settings) {
            this(id, kind, driver, DeviceChecks.typed(id, kind, driver, settings));
        }

        public String setting(String key, String fallback) {
            return settings.getOrDefault(key, fallback);
        }
    }

    /**
     * Which resident services this kiosk offers. A service not listed is enabled; a disabled one carries
     * the reason residents read on its tile. Service ids are "domain.service", e.g. "traffic.fines".
     */
    public record Services(Map<String, Localized> disabled) {
        public static final Services ALL_ENABLED = new Services(Map.of());

        public Services {
            disabled = Map.copyOf(disabled);
        }

        public boolean enabled(String serviceId) {
            return !disabled.containsKey(serviceId);
        }

        public java.util.Optional<Localized> disabledReason(String serviceId) {
            return java.util.Optional.ofNullable(disabled.get(serviceId));
        }

        public Services disable(String serviceId, Localized reason) {
            Map<String, Localized> next = new java.util.HashMap<>(disabled);
            next.put(serviceId, reason);
            return new Services(next);
        }

        public Services enable(String serviceId) {
            Map<String, Localized> next = new java.util.HashMap<>(disabled);
            next.remove(serviceId);
            return new Services(next);
        }
    }

    /**
     * Receipt paper: the length of a fresh roll and how much is left when staff are warned; the kiosk
     * counts what it printed since staff last said "paper refilled".
     */
    public record Paper(int rollLengthMm, int lowWarningMm) {
        public static final Paper DEFAULT = new Paper(50_000, 5_000);
    }

    /**
     * Admin mode: the staff who may enter it (PIN or staff card, each a PBKDF2 hash), wrong PINs allowed
     * before a lockout, the first lockout (doubled after every further wrong PIN, at most
     * {@code maxLockout}), and how long admin mode stays open untouched.
     */
    public record Admin(List<Staff> staff, int pinAttempts, Duration lockout, Duration maxLockout, Duration idleTimeout) {
        public static final Admin NONE = new Admin(List.of(), 3, Duration.ofSeconds(30), Duration.ofMinutes(15),
                Duration.ofMinutes(2));

        public Admin {
            staff = List.copyOf(staff);
            Objects.requireNonNull(lockout, "lockout");
            Objects.requireNonNull(maxLockout, "maxLockout");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
        }
    }

    /** One staff member: an id journaled with every action (never a name), a PIN hash, an optional card hash. */
    public record Staff(String id, PinHash pin, java.util.Optional<PinHash> card) {
        public Staff {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(pin, "pin");
            Objects.requireNonNull(card, "card");
        }
    }

    /**
     * How the kiosk reports to the fleet: a heartbeat with its device statuses at this interval; and whom
     * it trusts to sign the desired configuration the fleet sends: a .pub file or a directory of them
     * ({@code ./kiosk config keygen}), null for none configured (a demo then trusts the demo operations key,
     * production refuses to load).
     */
    public record Fleet(Duration heartbeat, Path trustedKeys) {
        public static final Fleet DEFAULT = new Fleet(Duration.ofSeconds(30));

        public Fleet(Duration heartbeat) {
            this(heartbeat, null);
        }
    }

    /** The local transaction journal (SQLite file). */
    /**
     * The transaction journal: its file, how long finished payments are kept, and where the secret that
     * keys residents lives (null: an owner-only file beside the journal; production should use another volume).
     */
    public record Journal(Path file, java.time.Duration retention, Path secretFile) {
        public static final java.time.Duration DEFAULT_RETENTION = java.time.Duration.ofDays(90);

        public Journal {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(retention, "retention");
        }

        public Journal(Path file) {
            this(file, DEFAULT_RETENTION, null);
        }
    }

    public KioskConfig withBackend(Backend newBackend) {
        return new KioskConfig(kioskId, mode, newBackend, session, devices, journal, defaultLanguage, fleet, station,
                version, languages, services, paper, admin);
    }

    public KioskConfig withSession(Session newSession) {
        return new KioskConfig(kioskId, mode, backend, newSession, devices, journal, defaultLanguage, fleet, station,
                version, languages, services, paper, admin);
    }

    public KioskConfig withJournal(Journal newJournal) {
        return new KioskConfig(kioskId, mode, backend, session, devices, newJournal, defaultLanguage, fleet, station,
                version, languages, services, paper, admin);
    }

    public KioskConfig withFleet(Fleet newFleet) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, newFleet, station,
                version, languages, services, paper, admin);
    }

    public KioskConfig withStation(Station newStation) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, fleet, newStation,
                version, languages, services, paper, admin);
    }

    public KioskConfig withMode(Mode newMode) {
        return new KioskConfig(kioskId, newMode, backend, session, devices, journal, defaultLanguage, fleet, station,
                version, languages, services, paper, admin);
    }

    public KioskConfig withDevices(List<DeviceConfig> newDevices) {
        return new KioskConfig(kioskId, mode, backend, session, newDevices, journal, defaultLanguage, fleet, station,
                version, languages, services, paper, admin);
    }

    public KioskConfig withServices(Services newServices) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, fleet, station,
                version, languages, newServices, paper, admin);
    }

    public KioskConfig withPaper(Paper newPaper) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, fleet, station,
                version, languages, services, newPaper, admin);
    }

    public KioskConfig withAdmin(Admin newAdmin) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, fleet, station,
                version, languages, services, paper, newAdmin);
    }

    public KioskConfig withVersion(int newVersion) {
        return new KioskConfig(kioskId, mode, backend, session, devices, journal, defaultLanguage, fleet, station,
                newVersion, languages, services, paper, admin);
    }
}
