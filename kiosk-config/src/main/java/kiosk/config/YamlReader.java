package kiosk.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed reads from the YAML node tree that collect every problem with its line instead of stopping at
 * the first: staff fix a file in one go. A read that fails records a problem and returns the fallback.
 */
final class YamlReader {

    static final Set<String> LANGUAGES = Set.of("zh-CN", "zh-TW", "en");

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    void problem(Node node, String key, Object... args) {
        int line = node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        problems.add(Problem.at(line, key, args));
    }

    /** The keys of a mapping; an unknown or repeated key is a problem (a misspelt key silently ignored is an outage). */
    Map<String, Node> fields(MappingNode mapping, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (mapping == null) {
            return out;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "key.not-text");
                continue;
            }
            if (!allowed.contains(key.getValue())) {
                problem(key, "key.unknown", key.getValue(), String.join(", ", allowed.stream().sorted().toList()));
                continue;
            }
            if (out.put(key.getValue(), tuple.getValueNode()) != null) {
                problem(key, "key.twice", key.getValue());
            }
        }
        return out;
    }

    /** A section that must be a mapping; missing is a problem only when required. */
    MappingNode section(Map<String, Node> fields, String name, Node parent, boolean required) {
        Node node = fields.get(name);
        if (node == null) {
            if (required) {
                problem(parent, "section.missing", name);
            }
            return null;
        }
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        problem(node, "section.not-mapping", name);
        return null;
    }

    /** A single value; {@code fallback} null makes it required. */
    String text(Map<String, Node> fields, String key, Node parent, String fallback) {
        Node node = fields.get(key);
        if (node == null) {
            if (fallback == null) {
                problem(parent, "setting.missing", key);
            }
            return fallback;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(node, "setting.not-single", key);
        return fallback;
    }

    Duration duration(Map<String, Node> fields, String key, Duration fallback, Duration min, Duration max) {
        Node node = fields.get(key);
        if (node == null) {
            return fallback;
        }
        String text = node instanceof ScalarNode scalar ? scalar.getValue() : "";
        try {
            Duration d = Durations.parse(text);
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                problem(node, "duration.range", key, Durations.format(min), Durations.format(max), text);
                return fallback;
            }
            return d;
        } catch (IllegalArgumentException e) {
            problem(node, "duration.syntax", key, text);
            return fallback;
        }
    }

    int whole(Map<String, Node> fields, String key, int fallback, int min, int max) {
        Node node = fields.get(key);
        if (node == null) {
            return fallback;
        }
        String text = node instanceof ScalarNode scalar ? scalar.getValue().trim() : "";
        try {
            int v = Integer.parseInt(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(node, "number.range", key, min, max, text);
        return fallback;
    }

    double number(Map<String, Node> fields, String key, double fallback, double min, double max) {
        Node node = fields.get(key);
        if (node == null) {
            return fallback;
        }
        String text = node instanceof ScalarNode scalar ? scalar.getValue().trim() : "";
        try {
            double v = Double.parseDouble(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(node, "number.range", key, (long) min, (long) max, text);
        return fallback;
    }

    boolean bool(Map<String, Node> fields, String key, boolean fallback) {
        Node node = fields.get(key);
        if (node == null) {
            return fallback;
        }
        String text = node instanceof ScalarNode scalar ? scalar.getValue().trim() : "";
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        problem(node, "bool.syntax", key, text);
        return fallback;
    }

    /** A value out of a fixed set. */
    String choice(Map<String, Node> fields, String key, String fallback, Set<String> allowed) {
        String v = text(fields, key, null, fallback);
        if (v != null && !allowed.contains(v)) {
            problem(fields.get(key), "choice.unknown", key, String.join(", ", allowed.stream().sorted().toList()), v);
            return fallback;
        }
        return v;
    }

    /** A list of single values. */
    List<String> texts(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(node, "list.expected", key);
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode scalar) {
                out.add(scalar.getValue());
            } else {
                problem(item, "setting.not-single", key);
            }
        }
        return out;
    }

    /** A text in every kiosk language: a mapping of zh-CN, zh-TW and en (zh-CN required). */
    Localized localized(Map<String, Node> fields, String key, Node parent) {
        Node node = fields.get(key);
        if (node == null) {
            problem(parent, "setting.missing", key);
            return Localized.of("", "", "");
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "localized.not-mapping", key);
            return Localized.of("", "", "");
        }
        Map<String, Node> texts = fields(mapping, LANGUAGES);
        Map<String, String> out = new LinkedHashMap<>();
        for (String tag : LANGUAGES) {
            String text = text(texts, tag, null, "");
            if (!text.isEmpty()) {
                out.put(tag, text);
            }
        }
        if (!out.containsKey("zh-CN")) {
            problem(node, "localized.zh-cn", key);
        }
        return new Localized(out);
    }
}
