package kiosk.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads kiosk.yaml into a {@link KioskConfig}. Works on the YAML node tree so that every problem
 * names its line; unknown keys are refused (a misspelt key silently ignored is a lobby outage).
 */
public final class ConfigLoader {

    private static final Set<String> TOP_KEYS =
            Set.of("kiosk-id", "mode", "language", "backend", "session", "devices", "journal", "fleet", "station");
    private static final Set<String> STATION_KEYS = Set.of("name", "hotline", "nearest-24h", "counters", "verify-url");
    private static final Set<String> COUNTER_KEYS = Set.of("domain", "name", "hours");
    private static final Set<String> DOMAINS = Set.of("household", "traffic", "exit-entry");
    private static final Set<String> FLEET_KEYS = Set.of("heartbeat");
    private static final Set<String> BACKEND_KEYS =
            Set.of("url", "api-key", "connect-timeout", "read-timeout", "call-timeout", "tls");
    private static final Set<String> TLS_KEYS = Set.of("identity", "backend-ca", "pins");
    private static final Set<String> SESSION_KEYS = Set.of("idle-timeout", "idle-warning", "payment-timeout");
    private static final Set<String> DEVICE_KEYS = Set.of("id", "kind", "driver", "settings");
    private static final Set<String> JOURNAL_KEYS = Set.of("file");
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "zh-TW", "en");
    private static final Set<String> DEVICE_KINDS = Set.of("id-card-reader", "receipt-printer", "document-printer", "qr-scanner");

    /** The shortest idle warning a resident is given (WCAG 2.2.1 asks for at least 20 s to answer). */
    public static final Duration MIN_IDLE_WARNING = Duration.ofSeconds(20);

    private final List<String> problems = new ArrayList<>();

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
                throw new ConfigException(source, List.of("line 1: expected a mapping of settings"));
            }
            root = mapping;
        } catch (YamlEngineException e) {
            throw new ConfigException(source, List.of("not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
        }
        KioskConfig config = loader.read(root);
        if (!loader.problems.isEmpty()) {
            throw new ConfigException(source, loader.problems);
        }
        return config;
    }

    private KioskConfig read(MappingNode root) {
        Map<String, Node> top = fields(root, TOP_KEYS);
        String kioskId = string(top, "kiosk-id", root, null);
        if (kioskId != null && !kioskId.matches("[A-Za-z0-9-]{3,64}")) {
            problem(top.get("kiosk-id"), "kiosk-id must be 3-64 letters, digits or dashes");
        }
        KioskConfig.Mode mode = KioskConfig.Mode.PRODUCTION;
        String modeText = string(top, "mode", root, "production");
        try {
            mode = KioskConfig.Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(top.get("mode"), "mode must be production or demo, not '" + modeText + "'");
        }
        String language = string(top, "language", root, "zh-CN");
        if (!LANGUAGES.contains(language)) {
            problem(top.get("language"), "language must be one of " + LANGUAGES);
        }

        Map<String, Node> backend = fields(mapping(top.get("backend"), "backend", root), BACKEND_KEYS);
        KioskConfig.Backend backendConfig = new KioskConfig.Backend(
                uri(backend, "url", top.get("backend")),
                Optional.ofNullable(string(backend, "api-key", top.get("backend"), null)).orElse(""),
                duration(backend, "connect-timeout", "3s"),
                duration(backend, "read-timeout", "8s"),
                duration(backend, "call-timeout", "12s"),
                tls(backend.get("tls")));
        if (backendConfig.tls() != null && !"https".equals(backendConfig.baseUrl().getScheme())) {
            problem(backend.get("tls"), "backend.tls needs an https url");
        }

        Map<String, Node> session = top.containsKey("session")
                ? fields(mapping(top.get("session"), "session", root), SESSION_KEYS) : Map.of();
        KioskConfig.Session sessionConfig = new KioskConfig.Session(
                duration(session, "idle-timeout", "90s"),
                duration(session, "idle-warning", "20s"),
                duration(session, "payment-timeout", "180s"));
        if (sessionConfig.idleWarning().compareTo(sessionConfig.idleTimeout()) >= 0) {
            problem(top.get("session"), "session.idle-warning must be shorter than session.idle-timeout");
        }
        if (sessionConfig.idleWarning().compareTo(MIN_IDLE_WARNING) < 0) {
            problem(session.getOrDefault("idle-warning", top.get("session")), "session.idle-warning must be at least "
                    + MIN_IDLE_WARNING.toSeconds() + "s: a resident needs the time to read the warning and answer it (WCAG 2.2.1)");
        }

        List<KioskConfig.DeviceConfig> devices = new ArrayList<>();
        Node devicesNode = top.get("devices");
        if (devicesNode != null) {
            if (devicesNode instanceof SequenceNode seq) {
                Set<String> ids = new java.util.HashSet<>();
                for (Node item : seq.getValue()) {
                    KioskConfig.DeviceConfig device = device(item);
                    if (device != null && !ids.add(device.id())) {
                        problem(item, "device id '" + device.id() + "' is used twice");
                    }
                    if (device != null) {
                        devices.add(device);
                    }
                }
            } else {
                problem(devicesNode, "devices must be a list");
            }
        }

        Map<String, Node> journal = top.containsKey("journal")
                ? fields(mapping(top.get("journal"), "journal", root), JOURNAL_KEYS) : Map.of();
        Path journalFile = Path.of(Optional.ofNullable(string(journal, "file", root, "data/journal.db")).orElse("data/journal.db"));

        Map<String, Node> fleet = top.containsKey("fleet")
                ? fields(mapping(top.get("fleet"), "fleet", root), FLEET_KEYS) : Map.of();
        KioskConfig.Fleet fleetConfig = new KioskConfig.Fleet(duration(fleet, "heartbeat", "30s"));
        if (fleetConfig.heartbeat().compareTo(java.time.Duration.ofSeconds(1)) < 0) {
            problem(top.get("fleet"), "fleet.heartbeat must be at least 1s");
        }

        KioskConfig.Station station = top.containsKey("station") ? station(top.get("station"), root) : KioskConfig.Station.UNNAMED;

        return new KioskConfig(kioskId == null ? "invalid" : kioskId, mode, backendConfig, sessionConfig, devices,
                new KioskConfig.Journal(journalFile), Locale.forLanguageTag(language), fleetConfig, station);
    }

    private KioskConfig.Station station(Node node, Node root) {
        Map<String, Node> fields = fields(mapping(node, "station", root), STATION_KEYS);
        Localized name = localized(fields, "name", node);
        String hotline = Optional.ofNullable(string(fields, "hotline", node, null)).orElse("");
        Localized nearest = localized(fields, "nearest-24h", node);
        String verifyUrl = Optional.ofNullable(string(fields, "verify-url", node, null)).orElse("");
        if (!verifyUrl.isEmpty() && (!verifyUrl.contains("{ref}") || !verifyUrl.matches("https?://.+"))) {
            problem(fields.get("verify-url"), "station.verify-url must be an http(s) URL containing {ref}, such as https://example/verify/{ref}");
        }
        List<KioskConfig.Counter> counters = new ArrayList<>();
        Node countersNode = fields.get("counters");
        if (countersNode instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode counter)) {
                    problem(item, "each counter must be a mapping with domain, name and hours");
                    continue;
                }
                Map<String, Node> c = fields(counter, COUNTER_KEYS);
                String domain = string(c, "domain", item, null);
                if (domain != null && !DOMAINS.contains(domain)) {
                    problem(c.get("domain"), "counter domain must be one of " + DOMAINS.stream().sorted().toList() + ", not '" + domain + "'");
                }
                Localized counterName = localized(c, "name", item);
                Localized hours = localized(c, "hours", item);
                if (domain != null) {
                    counters.add(new KioskConfig.Counter(domain, counterName, hours));
                }
            }
        } else if (countersNode != null) {
            problem(countersNode, "station.counters must be a list");
        } else {
            problem(node, "missing setting 'counters': residents sent to a counter must learn which one and when it opens");
        }
        return new KioskConfig.Station(name, hotline, nearest, counters, verifyUrl.isEmpty() ? KioskConfig.Station.UNNAMED.verifyUrl() : verifyUrl);
    }

    /** A text in every kiosk language: a mapping of zh-CN, zh-TW and en (zh-CN required). */
    private Localized localized(Map<String, Node> fields, String key, Node parent) {
        Node node = fields.get(key);
        if (node == null) {
            problem(parent, "missing setting '" + key + "'");
            return Localized.of("", "", "");
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "'" + key + "' must give the text per language: zh-CN, zh-TW and en");
            return Localized.of("", "", "");
        }
        Map<String, Node> texts = fields(mapping, LANGUAGES);
        Map<String, String> out = new LinkedHashMap<>();
        for (String tag : LANGUAGES) {
            String text = string(texts, tag, null, null);
            if (text != null) {
                out.put(tag, text);
            }
        }
        if (!out.containsKey("zh-CN")) {
            problem(node, "'" + key + "' needs at least its zh-CN text");
        }
        return new Localized(out);
    }

    private KioskConfig.Tls tls(Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "'tls' must be a mapping with identity, backend-ca and pins");
            return null;
        }
        Map<String, Node> fields = fields(mapping, TLS_KEYS);
        String identity = string(fields, "identity", node, null);
        String ca = string(fields, "backend-ca", node, null);
        List<String> pins = new ArrayList<>();
        Node pinsNode = fields.get("pins");
        if (pinsNode instanceof SequenceNode seq) {
            for (Node pin : seq.getValue()) {
                if (pin instanceof ScalarNode scalar && scalar.getValue().matches("sha256/[A-Za-z0-9+/]{43}=")) {
                    pins.add(scalar.getValue());
                } else {
                    problem(pin, "a pin is sha256/ followed by the base64 SHA-256 of the backend's public key");
                }
            }
        } else {
            problem(pinsNode == null ? node : pinsNode, "tls.pins must list at least one pin of the backend's key");
        }
        if (pins.isEmpty() && pinsNode instanceof SequenceNode) {
            problem(pinsNode, "tls.pins must list at least one pin of the backend's key");
        }
        return identity == null || ca == null ? null : new KioskConfig.Tls(Path.of(identity), Path.of(ca), pins);
    }

    private KioskConfig.DeviceConfig device(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "each device must be a mapping with id, kind and driver");
            return null;
        }
        Map<String, Node> fields = fields(mapping, DEVICE_KEYS);
        String id = string(fields, "id", node, null);
        String kind = string(fields, "kind", node, null);
        String driver = string(fields, "driver", node, null);
        Map<String, String> settings = new LinkedHashMap<>();
        Node settingsNode = fields.get("settings");
        if (settingsNode instanceof MappingNode settingsMap) {
            for (NodeTuple tuple : settingsMap.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                    settings.put(key.getValue(), value.getValue());
                } else {
                    problem(tuple.getKeyNode(), "device settings must be plain key: value pairs");
                }
            }
        } else if (settingsNode != null) {
            problem(settingsNode, "settings must be a mapping");
        }
        if (kind != null && !DEVICE_KINDS.contains(kind)) {
            problem(fields.get("kind"), "kind must be one of " + DEVICE_KINDS.stream().sorted().toList() + ", not '" + kind + "'");
            return null;
        }
        if (id == null || kind == null || driver == null) {
            return null;
        }
        return new KioskConfig.DeviceConfig(id, kind, driver, settings);
    }

    private Map<String, Node> fields(MappingNode mapping, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (mapping == null) {
            return out;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "keys must be plain text");
                continue;
            }
            if (!allowed.contains(key.getValue())) {
                problem(key, "unknown setting '" + key.getValue() + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
                continue;
            }
            if (out.put(key.getValue(), tuple.getValueNode()) != null) {
                problem(key, "setting '" + key.getValue() + "' is given twice");
            }
        }
        return out;
    }

    private MappingNode mapping(Node node, String name, Node parent) {
        if (node == null) {
            problem(parent, "missing section '" + name + "'");
            return null;
        }
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        problem(node, "'" + name + "' must be a mapping");
        return null;
    }

    private String string(Map<String, Node> fields, String key, Node parent, String fallback) {
        Node node = fields.get(key);
        if (node == null) {
            if (fallback == null && parent != null) { // no parent: its whole section is missing, said once
                problem(parent, "missing setting '" + key + "'");
            }
            return fallback;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(node, "'" + key + "' must be a single value");
        return fallback;
    }

    private URI uri(Map<String, Node> fields, String key, Node parent) {
        String text = string(fields, key, parent, null);
        if (text == null) {
            return URI.create("http://invalid");
        }
        try {
            URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                problem(fields.get(key), key + " must be an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            problem(fields.get(key), key + " is not a URL: " + e.getReason());
            return URI.create("http://invalid");
        }
    }

    private Duration duration(Map<String, Node> fields, String key, String fallback) {
        Node node = fields.get(key);
        String text = node instanceof ScalarNode scalar ? scalar.getValue() : fallback;
        try {
            return parseDuration(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problem(node, key + " must be a duration such as 500ms, 8s or 2m, not '" + text + "'");
            return parseDuration(fallback);
        }
    }

    static Duration parseDuration(String text) {
        String t = text.trim();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        throw new IllegalArgumentException("no unit");
    }

    private void problem(Node node, String message) {
        String where = node == null ? "" : node.getStartMark().map(m -> "line " + (m.getLine() + 1) + ": ").orElse("");
        problems.add(where + message);
    }
}
