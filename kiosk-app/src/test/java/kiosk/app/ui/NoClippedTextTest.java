package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import kiosk.app.flow.FlowState;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * No text is clipped, in any language, normal or elder mode, on any screen of the gallery at the kiosk's
 * 1280x800: for every label and button on screen it measures the text (a {@link Text} with the label's
 * font, wrapped at the label's width when it wraps) against the label's bounds, checks the label drew
 * its whole text (no ellipsis), and that the label lies inside the window and inside every clip above it
 * (the screen area, a list's viewport): text below the fold of a list is clipped text too.
 */
class NoClippedTextTest {

    private static final Messages MESSAGES = new Messages();
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    /** Layout rounds to whole pixels; anything beyond is a cut. */
    private static final double SLACK = 1.5;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void noTextIsClippedOnAnyScreenInAnyLanguageNormalOrElder() throws Exception {
        List<String> clipped = new ArrayList<>();
        int measured = 0;
        for (boolean elder : new boolean[] {false, true}) {
            for (Language language : Language.values()) {
                for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                    FlowState state = sample.getValue().withElder(elder);
                    String screen = sample.getKey() + " " + language.tag() + (elder ? " elder" : "");
                    List<String> found = new ArrayList<>();
                    int count = FxRuntime.call(() -> {
                        KioskView view = new KioskView(MESSAGES, kiosk.app.flow.ResidentIntents.NONE);
                        view.render(state);
                        Snapshots.render(view.root(), (int) WIDTH, (int) HEIGHT);
                        return check(view.root(), screen, found);
                    });
                    measured += count;
                    clipped.addAll(found);
                }
            }
        }
        System.out.printf("texts measured: %d, clipped: %d%n", measured, clipped.size());
        assertThat(clipped).as("clipped texts").isEmpty();
    }

    /** Checks every visible label under {@code root}; returns how many were measured. */
    static int check(Parent root, String screen, List<String> found) {
        List<Labeled> labels = new ArrayList<>();
        collect(root, labels);
        for (Labeled label : labels) {
            String problem = problem(label);
            if (problem != null) {
                found.add(String.format(Locale.ROOT, "%s: \"%s\" %s", screen, abbreviate(label.getText()), problem));
            }
        }
        return labels.size();
    }

    private static String problem(Labeled label) {
        String full = label.getText();
        Node drawn = label.lookup(".text");
        if (drawn instanceof Text text && !full.equals(text.getText())) {
            return "drawn as \"" + abbreviate(text.getText()) + "\" (cut to fit)";
        }
        Insets pad = label.getPadding();
        double room = label.getWidth() - pad.getLeft() - pad.getRight();
        Text probe = new Text(full);
        probe.setFont(label.getFont());
        probe.setLineSpacing(label.getLineSpacing());
        if (label.isWrapText()) {
            probe.setWrappingWidth(Math.max(1, room));
        }
        Bounds need = probe.getLayoutBounds();
        double height = label.getHeight() - pad.getTop() - pad.getBottom();
        if (!label.isWrapText() && need.getWidth() > room + SLACK) {
            return String.format(Locale.ROOT, "needs %.0f px wide, has %.0f", need.getWidth(), room);
        }
        if (need.getHeight() > height + SLACK) {
            return String.format(Locale.ROOT, "needs %.0f px high, has %.0f", need.getHeight(), height);
        }
        Bounds box = label.localToScene(label.getBoundsInLocal());
        if (box.getMinX() < -SLACK || box.getMinY() < -SLACK || box.getMaxX() > WIDTH + SLACK || box.getMaxY() > HEIGHT + SLACK) {
            return String.format(Locale.ROOT, "lies outside the %.0fx%.0f screen (%.0f,%.0f to %.0f,%.0f)", WIDTH, HEIGHT,
                    box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
        }
        for (Node up = label.getParent(); up != null; up = up.getParent()) {
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                if (box.getMinY() < clip.getMinY() - SLACK || box.getMaxY() > clip.getMaxY() + SLACK
                        || box.getMinX() < clip.getMinX() - SLACK || box.getMaxX() > clip.getMaxX() + SLACK) {
                    return String.format(Locale.ROOT, "is cut by %s (label %.0f-%.0f, visible %.0f-%.0f)",
                            up.getId() != null ? "#" + up.getId() : up.getClass().getSimpleName(),
                            box.getMinY(), box.getMaxY(), clip.getMinY(), clip.getMaxY());
                }
            }
        }
        return null;
    }

    private static void collect(Node node, List<Labeled> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            out.add(labeled);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
