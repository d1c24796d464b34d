package kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads one device entry and its driver's settings into {@link DriverSettings}: which keys each driver
 * takes, their types, ranges and defaults. Mirrors the peripherals DriverCatalog (a kiosk-app test keeps
 * the two lists of drivers equal).
 */
final class DeviceReader {

    static final Set<String> KINDS = Set.of("id-card-reader", "receipt-printer", "document-printer", "qr-scanner");
    private static final Set<String> DEVICE_KEYS = Set.of("id", "kind", "driver", "settings");
    private static final Set<String> SAM = Set.of("timeout", "read-timeout", "poll", "reconnect", "watch");
    private static final Set<String> ESCPOS = Set.of("encoding", "paper-width-dots", "chinese-mode", "write-timeout",
            "status-timeout", "completion-timeout");
    private static final Set<String> SCANNER = Set.of("delimiter", "max-bytes", "stale");
    private static final Set<Integer> SAM_BAUDS = Set.of(115200, 57600, 38400, 19200, 9600);
    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    /** Driver name -> the device kind it drives. */
    static final Map<String, String> DRIVERS = drivers();

    private final YamlReader in;

    DeviceReader(YamlReader in) {
        this.in = in;
    }

    private static Map<String, String> drivers() {
        Map<String, String> d = new LinkedHashMap<>();
        for (String n : List.of("sam-simulator", "sam-tcp", "sam-serial", "pcsc")) {
            d.put(n, "id-card-reader");
        }
        for (String n : List.of("escpos-simulator", "escpos-tcp", "escpos-serial", "escpos-usb")) {
            d.put(n, "receipt-printer");
        }
        d.put("a4-pdf", "document-printer");
        d.put("serial-scanner", "qr-scanner");
        d.put("serial-scanner-simulator", "qr-scanner");
        return Map.copyOf(d);
    }

    KioskConfig.DeviceConfig read(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            in.problem(node, "device.not-mapping");
            return null;
        }
        Map<String, Node> fields = in.fields(mapping, DEVICE_KEYS);
        String id = in.text(fields, "id", node, null);
        String kind = in.text(fields, "kind", node, null);
        String driver = in.text(fields, "driver", node, null);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            in.problem(fields.get("id"), "device.id");
        }
        if (kind != null && !KINDS.contains(kind)) {
            in.problem(fields.get("kind"), "device.kind", new TreeSet<>(KINDS), kind);
            return null;
        }
        if (driver != null && !DRIVERS.containsKey(driver)) {
            in.problem(fields.get("driver"), "device.driver", String.join(", ", new TreeSet<>(DRIVERS.keySet())), driver);
            return null;
        }
        if (id == null || kind == null || driver == null) {
            return null;
        }
        if (!DRIVERS.get(driver).equals(kind)) {
            in.problem(fields.get("driver"), "device.driver-kind", driver, DRIVERS.get(driver), kind);
            return null;
        }
        Node settingsNode = fields.get("settings");
        MappingNode settings = null;
        if (settingsNode instanceof MappingNode m) {
            settings = m;
        } else if (settingsNode != null) {
            in.problem(settingsNode, "section.not-mapping", "settings");
        }
        DriverSettings typed = settings(driver, settings, node);
        return typed == null ? null : new KioskConfig.DeviceConfig(id, kind, driver, typed);
    }

    /** Typed settings of a driver; every bad value is a problem recorded on {@code in}. */
    DriverSettings settings(String driver, MappingNode settings, Node parent) {
        Set<String> allowed = new HashSet<>(allowedKeys(driver));
        Map<String, Node> f = new LinkedHashMap<>();
        if (settings != null) {
            for (var tuple : settings.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().endsWith("-ms")
                        && allowed.contains(key.getValue().substring(0, key.getValue().length() - 3))) {
                    String base = key.getValue().substring(0, key.getValue().length() - 3);
                    String value = tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
                    in.problem(key, "setting.legacy-ms", key.getValue(), base, value);
                    allowed.add(key.getValue()); // reported once, not again as unknown
                }
            }
            f = in.fields(settings, allowed);
        }
        Node where = settings == null ? parent : settings;
        switch (driver) {
            case "sam-simulator", "sam-tcp", "sam-serial" -> {
                DriverSettings.Link link = driver.equals("sam-tcp") ? tcp(f, where, null)
                        : driver.equals("sam-serial") ? serial(f, where, 115200, SAM_BAUDS) : new DriverSettings.Link.Simulated();
                return new DriverSettings.CardReader(link,
                        in.duration(f, "timeout", Duration.ofMillis(500), MS, TEN_MINUTES),
                        in.duration(f, "read-timeout", Duration.ofSeconds(3), MS, TEN_MINUTES),
                        in.duration(f, "poll", Duration.ofMillis(200), MS, TEN_MINUTES),
                        in.duration(f, "reconnect", Duration.ofSeconds(1), MS, TEN_MINUTES),
                        in.bool(f, "watch", true));
            }
            case "pcsc" -> {
                return new DriverSettings.PcscReader(in.text(f, "reader", where, ""));
            }
            case "escpos-simulator", "escpos-tcp", "escpos-serial", "escpos-usb" -> {
                DriverSettings.Link link = switch (driver) {
                    case "escpos-tcp" -> tcp(f, where, 9100);
                    case "escpos-serial" -> serial(f, where, 9600, null);
                    case "escpos-usb" -> new DriverSettings.Link.UsbFile(Path.of(in.text(f, "device", where, "/dev/usb/lp0")),
                            in.bool(f, "bidirectional", false));
                    default -> new DriverSettings.Link.Simulated();
                };
                String encoding = in.text(f, "encoding", where, "GB18030").toUpperCase(Locale.ROOT).replace("-", "");
                if (!Set.of("GB18030", "GB2312", "BIG5").contains(encoding)) {
                    in.problem(f.get("encoding"), "choice.unknown", "encoding", "GB18030, GB2312, BIG5", encoding);
                    encoding = "GB18030";
                }
                Optional<Double> length = f.containsKey("paper-length-mm")
                        ? Optional.of(in.number(f, "paper-length-mm", 50_000, 100, 1_000_000)) : Optional.empty();
                Optional<Double> nearEnd = f.containsKey("near-end-after-mm")
                        ? Optional.of(in.number(f, "near-end-after-mm", 45_000, 1, 1_000_000)) : Optional.empty();
                if (length.isPresent() && nearEnd.isPresent() && nearEnd.get() > length.get() * 0.9) {
                    in.problem(f.get("near-end-after-mm"), "printer.near-end");
                }
                return new DriverSettings.ReceiptPrinter(link, encoding, paperWidth(f),
                        in.bool(f, "chinese-mode", true),
                        in.duration(f, "write-timeout", Duration.ofSeconds(5), MS, TEN_MINUTES),
                        in.duration(f, "status-timeout", Duration.ofSeconds(1), MS, TEN_MINUTES),
                        in.duration(f, "completion-timeout", Duration.ofSeconds(20), MS, TEN_MINUTES),
                        length, nearEnd);
            }
            case "a4-pdf" -> {
                String service = in.text(f, "print-service", where, "");
                return new DriverSettings.DocumentPrinter(Path.of(in.text(f, "spool-dir", where, "spool/a4")),
                        service.isBlank() ? Optional.empty() : Optional.of(service));
            }
            default -> { // serial-scanner, serial-scanner-simulator
                DriverSettings.Link link = driver.equals("serial-scanner") ? serial(f, where, 9600, null)
                        : new DriverSettings.Link.Simulated();
                String delimiter = in.text(f, "delimiter", where, "CR").toUpperCase(Locale.ROOT);
                if (!Set.of("CR", "LF", "CRLF").contains(delimiter)) {
                    in.problem(f.get("delimiter"), "choice.unknown", "delimiter", "CR, LF, CRLF", delimiter);
                    delimiter = "CR";
                }
                return new DriverSettings.QrScanner(link, delimiter, in.whole(f, "max-bytes", 2953, 1, 65_536),
                        in.duration(f, "stale", Duration.ofMillis(500), MS, TEN_MINUTES));
            }
        }
    }

    static Set<String> allowedKeys(String driver) {
        Set<String> keys = new HashSet<>();
        switch (driver) {
            case "sam-simulator" -> keys.addAll(SAM);
            case "sam-tcp" -> { keys.addAll(SAM); keys.add("address"); }
            case "sam-serial" -> { keys.addAll(SAM); keys.addAll(Set.of("port", "baud")); }
            case "pcsc" -> keys.add("reader");
            case "escpos-simulator" -> { keys.addAll(ESCPOS); keys.addAll(Set.of("paper-length-mm", "near-end-after-mm")); }
            case "escpos-tcp" -> { keys.addAll(ESCPOS); keys.add("address"); }
            case "escpos-serial" -> { keys.addAll(ESCPOS); keys.addAll(Set.of("port", "baud")); }
            case "escpos-usb" -> { keys.addAll(ESCPOS); keys.addAll(Set.of("device", "bidirectional")); }
            case "a4-pdf" -> keys.addAll(Set.of("spool-dir", "print-service"));
            case "serial-scanner" -> { keys.addAll(SCANNER); keys.addAll(Set.of("port", "baud")); }
            default -> keys.addAll(SCANNER);
        }
        return keys;
    }

    private int paperWidth(Map<String, Node> f) {
        int width = in.whole(f, "paper-width-dots", 576, 96, 2048);
        return width;
    }

    /** HOST:PORT; {@code defaultPort} null makes the port required. */
    private DriverSettings.Link tcp(Map<String, Node> f, Node where, Integer defaultPort) {
        String address = in.text(f, "address", where, null);
        if (address == null) {
            return new DriverSettings.Link.Tcp("invalid", 1);
        }
        String a = address.trim();
        int colon = a.lastIndexOf(':');
        String host = colon < 0 ? a : a.substring(0, colon);
        String portText = colon < 0 ? (defaultPort == null ? "" : defaultPort.toString()) : a.substring(colon + 1);
        try {
            int port = Integer.parseInt(portText);
            if (!host.isBlank() && port > 0 && port < 65_536) {
                return new DriverSettings.Link.Tcp(host, port);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        in.problem(f.get("address"), defaultPort == null ? "link.address" : "link.address-default", address,
                defaultPort == null ? "" : defaultPort);
        return new DriverSettings.Link.Tcp("invalid", 1);
    }

    private DriverSettings.Link serial(Map<String, Node> f, Node where, int defaultBaud, Set<Integer> bauds) {
        String port = in.text(f, "port", where, null);
        int baud = in.whole(f, "baud", defaultBaud, 300, 4_000_000);
        if (bauds != null && !bauds.contains(baud)) {
            in.problem(f.get("baud"), "choice.unknown", "baud", "115200, 57600, 38400, 19200, 9600", baud);
        }
        return new DriverSettings.Link.Serial(port == null ? "invalid" : port, baud);
    }
}
