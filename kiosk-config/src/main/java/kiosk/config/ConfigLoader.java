package kiosk.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads kiosk.yaml into a {@link KioskConfig} and validates it as a whole. Works on the YAML node tree
 * so that every problem names its line; unknown keys are refused; the production profile refuses what
 * is only acceptable in a demo (plain http, no API key, no TLS, simulated devices).
 */
public final class ConfigLoader {

    private static final Set<String> TOP_KEYS = Set.of("kiosk-id", "mode", "version", "language", "languages", "backend",
            "session", "devices", "journal", "fleet", "station", "services", "paper", "admin");
    private static final Set<String> STATION_KEYS = Set.of("name", "hotline", "nearest-24h", "counters", "verify-url");
    private static final Set<String> COUNTER_KEYS = Set.of("domain", "name", "hours");
    static final Set<String> DOMAINS = Set.of("household", "traffic", "exit-entry");
    private static final Set<String> FLEET_KEYS = Set.of("heartbeat", "trusted-keys");
    private static final Set<String> BACKEND_KEYS =
            Set.of("url", "api-key", "connect-timeout", "read-timeout", "call-timeout", "tls", "health-every");
    private static final Set<String> TLS_KEYS = Set.of("identity", "backend-ca", "pins");
    private static final Set<String> SESSION_KEYS = Set.of("idle-timeout", "idle-warning", "payment-timeout");
    private static final Set<String> JOURNAL_KEYS = Set.of("file", "retention", "secret-file");
    private static final Set<String> SERVICE_KEYS = Set.of("enabled", "reason");
    private static final Set<String> PAPER_KEYS = Set.of("roll-length-mm", "low-warning-mm");
    private static final Set<String> ADMIN_KEYS = Set.of("staff", "pin-attempts", "lockout", "max-lockout", "idle-timeout");
    private static final Set<String> STAFF_KEYS = Set.of("id", "pin", "card");
    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration DAY = Duration.ofDays(1);

    /** The shortest idle warning a resident is given (WCAG 2.2.1 asks for at least 20 s to answer). */
    public static final Duration MIN_IDLE_WARNING = Duration.ofSeconds(20);

    private final YamlReader in = new YamlReader();

    private ConfigLoader() {
    }

    public static KioskConfig load(Path file) throws ConfigException, IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static KioskConfig parse(String yaml, String source) throws ConfigException {
        ConfigLoader loader = new ConfigLoader();
        MappingNode root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(source).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
            Optional<Node> node = composer.getSingleNode();
            if (node.isEmpty() || !(node.get() instanceof MappingNode mapping)) {
                throw new ConfigException(List.of(Problem.at(1, "file.not-mapping")), source);
            }
            root = mapping;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ConfigException(List.of(Problem.at(line, "file.not-yaml", e.getProblem())), source);
        } catch (YamlEngineException e) {
            throw new ConfigException(List.of(Problem.at(0, "file.not-yaml",
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""))), source);
        }
        KioskConfig config = loader.read(root);
        if (!loader.in.problems().isEmpty()) {
            throw new ConfigException(loader.in.problems(), source);
        }
        return config;
    }

    private KioskConfig read(MappingNode root) {
        Map<String, Node> top = in.fields(root, TOP_KEYS);
        String kioskId = in.text(top, "kiosk-id", root, null);
        if (kioskId != null && !kioskId.matches("[A-Za-z0-9-]{3,64}")) {
            in.problem(top.get("kiosk-id"), "kiosk-id.syntax");
        }
        KioskConfig.Mode mode = KioskConfig.Mode.PRODUCTION;
        boolean modeKnown = true;
        String modeText = in.text(top, "mode", root, "production");
        try {
            mode = KioskConfig.Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            in.problem(top.get("mode"), "mode.unknown", modeText);
            modeKnown = false;
        }
        int version = in.whole(top, "version", 0, 0, Integer.MAX_VALUE);
        List<Locale> languages = languages(top);
        String language = in.text(top, "language", root, "zh-CN");
        if (!YamlReader.LANGUAGES.contains(language)) {
            in.problem(top.get("language"), "language.unknown", String.join(", ", new TreeSet<>(YamlReader.LANGUAGES)), language);
        } else if (!languages.contains(Locale.forLanguageTag(language))) {
            in.problem(top.get("language"), "language.not-offered", language);
        }

        MappingNode backendNode = in.section(top, "backend", root, true);
        Map<String, Node> backend = in.fields(backendNode, BACKEND_KEYS);
        URI url = uri(backend, "url", backendNode);
        KioskConfig.Backend backendConfig = new KioskConfig.Backend(url,
                backendNode == null ? "" : Optional.ofNullable(in.text(backend, "api-key", backendNode, null)).orElse(""),
                in.duration(backend, "connect-timeout", Duration.ofSeconds(3), MS, Duration.ofMinutes(5)),
                in.duration(backend, "read-timeout", Duration.ofSeconds(8), MS, Duration.ofMinutes(5)),
                in.duration(backend, "call-timeout", Duration.ofSeconds(12), MS, Duration.ofMinutes(5)),
                tls(backend.get("tls")),
                in.duration(backend, "health-every", KioskConfig.Backend.DEFAULT_HEALTH_EVERY,
                        KioskConfig.Backend.MIN_HEALTH_EVERY, KioskConfig.Backend.MAX_HEALTH_EVERY));
        if (backendConfig.tls() != null && !"https".equals(backendConfig.baseUrl().getScheme())) {
            in.problem(backend.get("tls"), "tls.needs-https");
        }

        Map<String, Node> session = in.fields(in.section(top, "session", root, false), SESSION_KEYS);
        KioskConfig.Session sessionConfig = new KioskConfig.Session(
                in.duration(session, "idle-timeout", Duration.ofSeconds(90), Duration.ofSeconds(10), Duration.ofHours(1)),
                in.duration(session, "idle-warning", MIN_IDLE_WARNING, MIN_IDLE_WARNING, Duration.ofHours(1)),
                in.duration(session, "payment-timeout", Duration.ofSeconds(180), Duration.ofSeconds(30), Duration.ofHours(1)));
        if (sessionConfig.idleWarning().compareTo(sessionConfig.idleTimeout()) >= 0) {
            in.problem(top.get("session"), "session.warning-longer");
        }

        List<KioskConfig.DeviceConfig> devices = devices(top.get("devices"));

        Map<String, Node> journal = in.fields(in.section(top, "journal", root, false), JOURNAL_KEYS);
        Path journalFile = Path.of(in.text(journal, "file", null, "data/journal.db"));
        // Finished payments are pruned after this; nothing unsettled is ever removed. A week at least: a
        // resident may come back for a reprint.
        Duration retention = in.duration(journal, "retention", KioskConfig.Journal.DEFAULT_RETENTION, Duration.ofDays(7),
                Duration.ofDays(3650));
        String secret = journal.containsKey("secret-file") ? in.text(journal, "secret-file", null, "") : null;

        Map<String, Node> fleet = in.fields(in.section(top, "fleet", root, false), FLEET_KEYS);
        String trustedKeys = fleet.containsKey("trusted-keys") ? in.text(fleet, "trusted-keys", null, "") : null;
        KioskConfig.Fleet fleetConfig = new KioskConfig.Fleet(in.duration(fleet, "heartbeat", Duration.ofSeconds(30),
                Duration.ofSeconds(1), DAY), trustedKeys == null || trustedKeys.isBlank() ? null : Path.of(trustedKeys));

        KioskConfig.Station station = top.containsKey("station") ? station(top.get("station"), root) : KioskConfig.Station.UNNAMED;
        KioskConfig.Services services = services(top.get("services"));
        KioskConfig.Paper paper = paper(in.section(top, "paper", root, false));
        KioskConfig.Admin admin = admin(in.section(top, "admin", root, false));

        if (modeKnown && mode == KioskConfig.Mode.PRODUCTION) {
            production(backend, backendNode, backendConfig, devices, top.get("devices"), admin, top.get("admin"));
            if (fleetConfig.trustedKeys() == null) {
                in.problem(top.containsKey("fleet") ? top.get("fleet") : root, "production.trusted-keys");
            }
        }
        return new KioskConfig(kioskId == null ? "invalid" : kioskId, mode, backendConfig, sessionConfig, devices,
                new KioskConfig.Journal(journalFile, retention, secret == null ? null : Path.of(secret)), Locale.forLanguageTag(language), fleetConfig, station,
                version, languages, services, paper, admin);
    }

    /** What a demo may do and a kiosk in a police station must not. */
    private void production(Map<String, Node> backend, Node backendNode, KioskConfig.Backend config,
                            List<KioskConfig.DeviceConfig> devices, Node devicesNode, KioskConfig.Admin admin, Node adminNode) {
        if (backendNode == null) {
            return;
        }
        if ("http".equals(config.baseUrl().getScheme())) {
            in.problem(backend.get("url"), "production.http");
        }
        if (backend.containsKey("api-key") && config.apiKey().isBlank()) {
            in.problem(backend.get("api-key"), "production.api-key");
        }
        if (!backend.containsKey("tls")) {
            in.problem(backendNode, "production.tls");
        }
        for (KioskConfig.DeviceConfig d : devices) {
            if (d.driver().endsWith("-simulator")) {
                in.problem(devicesNode, "production.simulator", d.id(), d.driver());
            }
        }
        for (KioskConfig.Staff s : admin.staff()) {
            if (s.pin().iterations() < 100_000 || s.card().map(c -> c.iterations() < 100_000).orElse(false)) {
                in.problem(adminNode, "production.pin-iterations", s.id());
            }
        }
    }

    private List<Locale> languages(Map<String, Node> top) {
        if (!top.containsKey("languages")) {
            return KioskConfig.ALL_LANGUAGES;
        }
        List<Locale> out = new ArrayList<>();
        for (String tag : in.texts(top, "languages")) {
            if (!YamlReader.LANGUAGES.contains(tag)) {
                in.problem(top.get("languages"), "language.unknown", String.join(", ", new TreeSet<>(YamlReader.LANGUAGES)), tag);
            } else if (!out.contains(Locale.forLanguageTag(tag))) {
                out.add(Locale.forLanguageTag(tag));
            }
        }
        if (out.isEmpty()) {
            in.problem(top.get("languages"), "languages.empty");
            return KioskConfig.ALL_LANGUAGES;
        }
        return out;
    }

    private List<KioskConfig.DeviceConfig> devices(Node devicesNode) {
        List<KioskConfig.DeviceConfig> devices = new ArrayList<>();
        if (devicesNode == null) {
            return devices;
        }
        if (!(devicesNode instanceof SequenceNode seq)) {
            in.problem(devicesNode, "list.expected", "devices");
            return devices;
        }
        Set<String> ids = new HashSet<>();
        DeviceReader reader = new DeviceReader(in);
        for (Node item : seq.getValue()) {
            KioskConfig.DeviceConfig device = reader.read(item);
            if (device != null && !ids.add(device.id())) {
                in.problem(item, "device.twice", device.id());
            } else if (device != null) {
                devices.add(device);
            }
        }
        return devices;
    }

    private KioskConfig.Services services(Node node) {
        if (node == null) {
            return KioskConfig.Services.ALL_ENABLED;
        }
        if (!(node instanceof MappingNode mapping)) {
            in.problem(node, "section.not-mapping", "services");
            return KioskConfig.Services.ALL_ENABLED;
        }
        Map<String, Localized> disabled = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String id = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (!id.matches("[a-z-]+\\.[a-z0-9-]+") || !DOMAINS.contains(id.substring(0, id.indexOf('.')))) {
                in.problem(tuple.getKeyNode(), "service.id", id);
                continue;
            }
            if (!seen.add(id)) {
                in.problem(tuple.getKeyNode(), "key.twice", id);
            }
            if (!(tuple.getValueNode() instanceof MappingNode serviceNode)) {
                in.problem(tuple.getValueNode(), "service.not-mapping", id);
                continue;
            }
            Map<String, Node> f = in.fields(serviceNode, SERVICE_KEYS);
            boolean enabled = in.bool(f, "enabled", true);
            if (!enabled) {
                if (!f.containsKey("reason")) {
                    in.problem(serviceNode, "service.reason", id);
                } else {
                    disabled.put(id, in.localized(f, "reason", serviceNode));
                }
            }
        }
        return new KioskConfig.Services(disabled);
    }

    private KioskConfig.Paper paper(MappingNode node) {
        Map<String, Node> f = in.fields(node, PAPER_KEYS);
        KioskConfig.Paper d = KioskConfig.Paper.DEFAULT;
        int roll = in.whole(f, "roll-length-mm", d.rollLengthMm(), 1_000, 1_000_000);
        int low = in.whole(f, "low-warning-mm", d.lowWarningMm(), 0, 1_000_000);
        if (low >= roll) {
            in.problem(f.containsKey("low-warning-mm") ? f.get("low-warning-mm") : node, "paper.low-above-roll");
        }
        return new KioskConfig.Paper(roll, low);
    }

    private KioskConfig.Admin admin(MappingNode node) {
        KioskConfig.Admin d = KioskConfig.Admin.NONE;
        if (node == null) {
            return d;
        }
        Map<String, Node> f = in.fields(node, ADMIN_KEYS);
        List<KioskConfig.Staff> staff = new ArrayList<>();
        Node staffNode = f.get("staff");
        if (staffNode instanceof SequenceNode seq) {
            Set<String> ids = new HashSet<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode m)) {
                    in.problem(item, "staff.not-mapping");
                    continue;
                }
                Map<String, Node> s = in.fields(m, STAFF_KEYS);
                String id = in.text(s, "id", item, null);
                Optional<PinHash> pin = hash(s, "pin", item, true);
                Optional<PinHash> card = hash(s, "card", item, false);
                if (id != null && !id.matches("[A-Za-z0-9-]{2,32}")) {
                    in.problem(s.get("id"), "staff.id");
                } else if (id != null && !ids.add(id)) {
                    in.problem(s.get("id"), "staff.twice", id);
                } else if (id != null && pin.isPresent()) {
                    staff.add(new KioskConfig.Staff(id, pin.get(), card));
                }
            }
        } else if (staffNode != null) {
            in.problem(staffNode, "list.expected", "staff");
        }
        Duration lockout = in.duration(f, "lockout", d.lockout(), Duration.ofSeconds(1), Duration.ofHours(1));
        Duration max = in.duration(f, "max-lockout", d.maxLockout(), Duration.ofSeconds(1), DAY);
        if (max.compareTo(lockout) < 0) {
            in.problem(f.get("max-lockout"), "admin.max-lockout");
        }
        return new KioskConfig.Admin(staff, in.whole(f, "pin-attempts", d.pinAttempts(), 1, 10), lockout, max,
                in.duration(f, "idle-timeout", d.idleTimeout(), Duration.ofSeconds(10), Duration.ofHours(1)));
    }

    private Optional<PinHash> hash(Map<String, Node> fields, String key, Node parent, boolean required) {
        String text = in.text(fields, key, parent, required ? null : "");
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PinHash.parse(text));
        } catch (IllegalArgumentException e) {
            in.problem(fields.get(key), "staff.hash", key);
            return Optional.empty();
        }
    }

    private KioskConfig.Station station(Node node, Node root) {
        MappingNode mapping = node instanceof MappingNode m ? m : null;
        if (mapping == null) {
            in.problem(node, "section.not-mapping", "station");
        }
        Map<String, Node> fields = in.fields(mapping, STATION_KEYS);
        Localized name = in.localized(fields, "name", node);
        String hotline = in.text(fields, "hotline", node, "");
        Localized nearest = in.localized(fields, "nearest-24h", node);
        String verifyUrl = in.text(fields, "verify-url", node, "");
        if (!verifyUrl.isEmpty() && (!verifyUrl.contains("{ref}") || !verifyUrl.matches("https?://.+"))) {
            in.problem(fields.get("verify-url"), "station.verify-url");
        }
        List<KioskConfig.Counter> counters = new ArrayList<>();
        Node countersNode = fields.get("counters");
        if (countersNode instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode counter)) {
                    in.problem(item, "counter.not-mapping");
                    continue;
                }
                Map<String, Node> c = in.fields(counter, COUNTER_KEYS);
                String domain = in.text(c, "domain", item, null);
                if (domain != null && !DOMAINS.contains(domain)) {
                    in.problem(c.get("domain"), "counter.domain", new TreeSet<>(DOMAINS), domain);
                }
                Localized counterName = in.localized(c, "name", item);
                Localized hours = in.localized(c, "hours", item);
                if (domain != null) {
                    counters.add(new KioskConfig.Counter(domain, counterName, hours));
                }
            }
        } else if (countersNode != null) {
            in.problem(countersNode, "list.expected", "station.counters");
        } else if (mapping != null) {
            in.problem(node, "station.counters");
        }
        return new KioskConfig.Station(name, hotline, nearest, counters,
                verifyUrl.isEmpty() ? KioskConfig.Station.UNNAMED.verifyUrl() : verifyUrl);
    }

    private KioskConfig.Tls tls(Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            in.problem(node, "tls.not-mapping");
            return null;
        }
        Map<String, Node> fields = in.fields(mapping, TLS_KEYS);
        String identity = in.text(fields, "identity", node, null);
        String ca = in.text(fields, "backend-ca", node, null);
        List<String> pins = new ArrayList<>();
        Node pinsNode = fields.get("pins");
        if (pinsNode instanceof SequenceNode seq) {
            for (Node pin : seq.getValue()) {
                if (pin instanceof ScalarNode scalar && scalar.getValue().matches("sha256/[A-Za-z0-9+/]{43}=")) {
                    pins.add(scalar.getValue());
                } else {
                    in.problem(pin, "tls.pin");
                }
            }
            if (pins.isEmpty() && seq.getValue().isEmpty()) {
                in.problem(pinsNode, "tls.pins");
            }
        } else {
            in.problem(pinsNode == null ? node : pinsNode, "tls.pins");
        }
        return identity == null || ca == null ? null : new KioskConfig.Tls(Path.of(identity), Path.of(ca), pins);
    }

    private URI uri(Map<String, Node> fields, String key, Node parent) {
        if (parent == null) {
            return URI.create("http://invalid");
        }
        String text = in.text(fields, key, parent, null);
        if (text == null) {
            return URI.create("http://invalid");
        }
        try {
            URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                in.problem(fields.get(key), "url.scheme", key);
                return URI.create("https://invalid");
            }
            return uri;
        } catch (URISyntaxException e) {
            in.problem(fields.get(key), "url.syntax", key, e.getReason());
            return URI.create("https://invalid");
        }
    }
}
