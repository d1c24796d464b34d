package kiosk.app.ui.a11y;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** kiosk.css as selector -> declarations, enough to measure it (no cascade beyond what is asked). */
final class KioskCss {

    private final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

    static KioskCss load() throws IOException {
        try (InputStream in = KioskCss.class.getResourceAsStream("/kiosk/app/ui/kiosk.css")) {
            return new KioskCss(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    KioskCss(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        for (String block : text.split("}")) {
            int open = block.indexOf('{');
            if (open < 0) {
                continue;
            }
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String decl : block.substring(open + 1).split(";")) {
                int colon = decl.indexOf(':');
                if (colon > 0) {
                    declarations.put(decl.substring(0, colon).trim(), decl.substring(colon + 1).trim());
                }
            }
            for (String selector : block.substring(0, open).split(",")) {
                rules.computeIfAbsent(selector.trim().replaceAll("\\s+", " "), k -> new LinkedHashMap<>())
                        .putAll(declarations);
            }
        }
    }

    Map<String, Map<String, String>> rules() {
        return rules;
    }

    /** The property of the selector, in elder mode from its ".elder" rule first. */
    Optional<String> get(String selector, String property, boolean elder) {
        if (elder) {
            Map<String, String> own = rules.get(elderSelector(selector));
            if (own != null && own.containsKey(property)) {
                return Optional.of(own.get(property));
            }
        }
        Map<String, String> base = rules.get(selector);
        return base == null ? Optional.empty() : Optional.ofNullable(base.get(property));
    }

    static String elderSelector(String selector) {
        return selector.equals(".kiosk") ? ".kiosk.elder" : ".elder " + selector;
    }
}
