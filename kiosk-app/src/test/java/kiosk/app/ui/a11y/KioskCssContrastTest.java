package kiosk.app.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Measures every text style of kiosk.css against the background it is drawn on, in normal and elder
 * mode: AA (4.5:1, or 3:1 for large text: >= 24 px, or >= 18.66 px bold) normally, AAA (7:1) and
 * >= 32 px in elder mode. Colours and sizes come from the style sheet; which background each text sits
 * on is stated here once, and every rule that sets a text colour must appear, so a new style is
 * measured before it ships. Writes the table to target/accessibility-contrast.md for
 * docs/accessibility.md.
 */
class KioskCssContrastTest {

    /**
     * A text style: its colour's rule, the rule giving its size (first that has one), the rules painted
     * beneath it from nearest to the window (transparent or translucent layers blend over the next), and
     * a rule whose -fx-opacity dims the whole group. {@code text} may list fallbacks as "a|b". Inactive controls are measured but exempt (WCAG 1.4.3).
     */
    record Style(String name, String text, List<String> size, List<String> below, String opacityRule,
                 boolean inactive) {
    }

    private static Style style(String name, String text, String size, String... below) {
        return new Style(name, text, List.of(size, text), List.of(below), null, false);
    }

    static final List<Style> STYLES = List.of(
            style("header title", ".header .title", ".header .title", ".header"),
            style("header subtitle", ".header .subtitle", ".header .subtitle", ".header"),
            style("language button", ".button.language", ".button.language", ".button.language", ".header"),
            style("current language", ".button.language.current", ".button.language", ".button.language.current"),
            style("heading", ".heading", ".heading", ".kiosk"),
            style("hero", ".hero", ".hero", ".kiosk"),
            style("body", ".body", ".body", ".kiosk"),
            style("body in a row", ".body", ".body", ".row", ".kiosk"),
            style("body in a selected row", ".body", ".body", ".row.selected", ".kiosk"),
            style("body in a dialog", ".body", ".body", ".dialog"),
            new Style("body in an unavailable row", ".body", List.of(".body"), List.of(".row.disabled", ".row", ".kiosk"),
                    ".row.disabled", false),
            style("note", ".note", ".note", ".kiosk"),
            style("note in a row", ".note", ".note", ".row", ".kiosk"),
            style("note in a selected row", ".note", ".note", ".row.selected", ".kiosk"),
            style("note in a dialog", ".note", ".note", ".dialog"),
            new Style("note in an unavailable row", ".note", List.of(".note"), List.of(".row.disabled", ".row", ".kiosk"),
                    ".row.disabled", false),
            style("call to action", ".call-to-action", ".call-to-action", ".kiosk"),
            style("problem (body size)", ".problem", ".body", ".kiosk"),
            style("problem in a dialog", ".problem", ".body", ".dialog"),
            style("amount", ".amount", ".amount", ".kiosk"),
            style("step bar, step to come", ".step", ".step", ".step-bar"),
            style("step bar, step done", ".step-done", ".step-done", ".step-bar"),
            style("step bar, current step", ".step-current", ".step-current", ".step-bar"),
            style("check mark in a row", ".check", ".check", ".row", ".kiosk"),
            style("check mark in a selected row", ".check", ".check", ".row.selected", ".kiosk"),
            style("primary button", ".button.primary", ".button.primary", ".button.primary"),
            new Style("primary button, disabled", ".button.primary:disabled|.button.primary", List.of(".button.primary"),
                    List.of(".button.primary:disabled"), null, true),
            style("secondary button", ".button.secondary", ".button.secondary", ".button.secondary"),
            style("keypad display", ".keypad-display", ".keypad-display", ".keypad-display"),
            style("keypad display hint", ".keypad-display:empty", ".keypad-display:empty", ".keypad-display"),
            style("keypad key", ".button.key", ".button.key", ".button.key"),
            style("keypad action key", ".button.key", ".button.key.key-action", ".button.key"),
            style("keypad confirm", ".button.key.key-confirm", ".button.key", ".button.key.key-confirm"),
            new Style("keypad key, disabled", ".button.key", List.of(".button.key"), List.of(".button.key", ".kiosk"),
                    ".button.key:disabled", true),
            new Style("keypad confirm, disabled", ".button.key.key-confirm:disabled|.button.key.key-confirm",
                    List.of(".button.key"),
                    List.of(".button.key.key-confirm:disabled"), null, true));

    record Measured(Style style, boolean elder, String text, String background, double px, boolean bold,
                    double ratio) {
        boolean large() {
            return px >= 24 || (bold && px >= 18.66);
        }

        double needed() {
            return elder ? 7.0 : large() ? 3.0 : 4.5;
        }

        String row() {
            String verdict = style.inactive() ? "inactive (exempt)" : ratio >= needed() ? "pass" : "FAIL";
            return String.format(Locale.ROOT, "| %s | %s | %s | %.0f px%s | %.2f:1 | %s | %s |", style.name(), text,
                    background, px, bold ? " bold" : "", ratio,
                    elder ? "7:1 (AAA)" : large() ? "3:1 (large)" : "4.5:1", verdict);
        }
    }

    static Measured measure(KioskCss css, Style style, boolean elder) {
        String fill = java.util.Arrays.stream(style.text().split("\\|")).map(t -> css.get(t, "-fx-text-fill", elder))
                .flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new AssertionError(style.text() + " has no -fx-text-fill"));
        double px = style.size().stream().map(s -> css.get(s, "-fx-font-size", elder)).flatMap(java.util.Optional::stream)
                .findFirst().or(() -> css.get(".kiosk", "-fx-font-size", elder)).map(v -> Double.parseDouble(v.replace("px", "")))
                .orElseThrow();
        boolean bold = css.get(style.text().split("\\|")[0], "-fx-font-weight", elder).map("bold"::equals).orElse(false);
        Contrast background = background(css, style.below(), elder);
        Contrast text = Contrast.parse(fill).over(background);
        if (style.opacityRule() != null) {
            double opacity = css.get(style.opacityRule(), "-fx-opacity", elder).map(Double::parseDouble).orElse(1.0);
            Contrast window = background(css, List.of(".kiosk"), elder);
            text = text.over(window, opacity);
            background = background.over(window, opacity);
        }
        return new Measured(style, elder, fill, background.hex(), px, bold, Contrast.ratio(text, background));
    }

    private static Contrast background(KioskCss css, List<String> below, boolean elder) {
        Contrast result = null;
        List<Contrast> layers = new ArrayList<>();
        for (String selector : below) {
            css.get(selector, "-fx-background-color", elder).map(Contrast::parse).ifPresent(layers::add);
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            Contrast layer = layers.get(i);
            result = result == null ? layer.over(Contrast.WHITE) : layer.over(result);
        }
        return result == null ? Contrast.WHITE : result;
    }

    @Test
    void everyTextStyleMeetsAaAndElderModeMeetsAaa() throws IOException {
        KioskCss css = KioskCss.load();
        List<String> table = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (boolean elder : new boolean[] {false, true}) {
            table.add("");
            table.add(elder ? "Elder mode (`.elder` on the root)" : "Normal mode");
            table.add("");
            table.add("| text style | text | background | size | contrast | needs | result |");
            table.add("|---|---|---|---|---|---|---|");
            for (Style style : STYLES) {
                Measured m = measure(css, style, elder);
                table.add(m.row());
                if (!style.inactive() && m.ratio() < m.needed()) {
                    failures.add(m.row());
                }
                if (elder && !style.inactive() && m.px() < 32) {
                    failures.add(m.row() + " below 32 px");
                }
            }
        }
        Path out = Path.of("target", "accessibility-contrast.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", table) + "\n");
        assertThat(failures).isEmpty();
    }

    @Test
    void everyRuleThatSetsATextColourIsMeasured() throws IOException {
        KioskCss css = KioskCss.load();
        Set<String> measured = new TreeSet<>();
        STYLES.forEach(s -> measured.addAll(List.of(s.text().split("\\|"))));
        Set<String> coloured = new TreeSet<>();
        css.rules().forEach((selector, declarations) -> {
            if (declarations.containsKey("-fx-text-fill")) {
                coloured.add(selector.startsWith(".elder ") ? selector.substring(".elder ".length()) : selector);
            }
        });
        assertThat(measured).containsAll(coloured);
    }
}
