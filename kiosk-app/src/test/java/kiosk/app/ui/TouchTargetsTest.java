package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Every touch target of every gallery screen, in every language, normal and elder mode, measured as laid
 * out at 1280x800: buttons (language switch, navigation, keypad keys, page buttons, dialogs) and tappable
 * rows and input boxes are at least 64 px each way. Writes the smallest of each kind to
 * target/touch-targets.md for docs/accessibility.md.
 */
class TouchTargetsTest {

    private static final Messages MESSAGES = new Messages();
    private static final double MIN = 64;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void everyTouchTargetIsAtLeast64PxEachWay() throws Exception {
        List<String> small = new ArrayList<>();
        Map<String, double[]> smallest = new TreeMap<>();
        for (boolean elder : new boolean[] {false, true}) {
            for (Language language : Language.values()) {
                for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                    FlowState state = sample.getValue().withElder(elder);
                    String screen = sample.getKey() + " " + language.tag() + (elder ? " elder" : "");
                    FxRuntime.call(() -> {
                        KioskView view = new KioskView(MESSAGES, ResidentIntents.NONE);
                        view.render(state);
                        Snapshots.render(view.root(), 1280, 800);
                        measure(view.root(), screen, elder, small, smallest);
                        return null;
                    });
                }
            }
        }
        List<String> table = new ArrayList<>(List.of("| target | smallest, normal | smallest, elder |", "|---|---|---|"));
        for (String kind : smallest.keySet().stream().map(k -> k.substring(0, k.lastIndexOf(' '))).distinct().toList()) {
            table.add(String.format(Locale.ROOT, "| %s | %s | %s |", kind, size(smallest.get(kind + " n")),
                    size(smallest.get(kind + " e"))));
        }
        java.nio.file.Path out = java.nio.file.Path.of("target", "touch-targets.md");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, String.join("\n", table) + "\n");
        table.forEach(System.out::println);
        assertThat(small).as("touch targets below 64 px").isEmpty();
    }

    private static String size(double[] wh) {
        return wh == null ? "-" : String.format(Locale.ROOT, "%.0f x %.0f px", wh[0], wh[1]);
    }

    static void measure(Node node, String screen, boolean elder, List<String> small, Map<String, double[]> smallest) {
        if (!node.isVisible()) {
            return;
        }
        boolean target = node instanceof ButtonBase || node.getOnMouseClicked() != null;
        if (target) {
            Bounds b = node.getLayoutBounds();
            String kind = kind(node);
            if (b.getWidth() < MIN || b.getHeight() < MIN) {
                small.add(String.format(Locale.ROOT, "%s: %s %s is %.0f x %.0f px", screen, kind, node.getId(), b.getWidth(),
                        b.getHeight()));
            }
            smallest.merge(kind + (elder ? " e" : " n"), new double[] {b.getWidth(), b.getHeight()},
                    (a, c) -> new double[] {Math.min(a[0], c[0]), Math.min(a[1], c[1])});
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> measure(child, screen, elder, small, smallest));
        }
    }

    private static String kind(Node node) {
        List<String> classes = node.getStyleClass();
        if (classes.contains("key")) {
            return "keypad key";
        } else if (classes.contains("language")) {
            return "language switch";
        } else if (classes.contains("tile")) {
            return "service tile";
        } else if (classes.contains("row")) {
            return "list row";
        } else if (node.getId() != null && node.getId().startsWith("input-")) {
            return "form input box";
        } else if (node.getId() != null && node.getId().startsWith("page-")) {
            return "page button";
        } else if (node.getId() != null && node.getId().equals("attract")) {
            return "attract screen (touch anywhere)";
        } else if (classes.contains("primary")) {
            return "primary button";
        }
        return "secondary button";
    }
}
