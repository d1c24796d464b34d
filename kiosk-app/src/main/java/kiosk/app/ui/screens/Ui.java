package kiosk.app.ui.screens;

import java.util.List;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import kiosk.app.flow.Row;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kiosk.app.flow.Problem;
import kiosk.app.i18n.Formats;
import kiosk.app.ui.Texts;

/** The few building blocks every screen is made of: large, high-contrast, easy to hit. */
final class Ui {

    private Ui() {
    }

    static Label heading(String text) {
        return wrapped(text, "heading");
    }

    static Label body(String text) {
        return wrapped(text, "body");
    }

    static Label note(String text) {
        return wrapped(text, "note");
    }

    /**
     * A label that wraps. It may still be squeezed to fewer lines on a screen too full: NoClippedTextTest
     * measures every screen so that none is (a minimum height of the full text would cost a text layout
     * more per label and render).
     */
    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }

    static Button primary(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("primary");
        button.setOnAction(e -> action.run());
        return button;
    }

    static Button secondary(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("secondary");
        button.setOnAction(e -> action.run());
        return button;
    }

    static VBox column(Node... children) {
        VBox box = new VBox(24, children);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("screen");
        return box;
    }

    /** A step's page: its heading at the top, then its content. */
    static VBox page(String title, Node... content) {
        VBox box = new VBox(12);
        box.getStyleClass().add("screen");
        box.setAlignment(Pos.TOP_LEFT);
        box.getChildren().add(heading(title));
        box.getChildren().addAll(content);
        return box;
    }

    /** Content that may be longer than the screen: scrolls by touch (panning). */
    static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.getStyleClass().add("rows");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /** Label/value rows, two columns. */
    static GridPane rows(List<Row> rows, Texts t) {
        GridPane grid = new GridPane();
        grid.setHgap(32);
        grid.setVgap(12);
        grid.getStyleClass().add("facts");
        int i = 0;
        for (Row row : rows) {
            Label label = note(t.r(row.label()));
            Label value = body(t.r(row.value()));
            if (row.tone() != Row.Tone.NORMAL) {
                value.getStyleClass().add(row.tone() == Row.Tone.GOOD ? "good" : "problem");
            }
            grid.addRow(i++, label, value);
        }
        return grid;
    }

    /** A tick box drawn as shapes (no font needs a glyph for it). */
    static Node check(boolean ticked, boolean enabled) {
        Rectangle box = new Rectangle(36, 36);
        box.setArcWidth(8);
        box.setArcHeight(8);
        box.getStyleClass().add(enabled ? "check-box" : "check-box-muted");
        StackPane check = new StackPane(box);
        if (ticked) {
            Polyline tick = new Polyline(8, 18, 15, 26, 29, 10);
            tick.setStrokeWidth(5);
            tick.getStyleClass().add("check-tick");
            check.getChildren().add(tick);
        }
        check.getStyleClass().add("check");
        return check;
    }

    /**
     * What happened and what to do next, plus the reference a resident reads out to the hotline or staff
     * (kiosk, step, time; never the raw code, which staff find beside the reference in the log).
     */
    static VBox problem(Texts t, Problem problem) {
        Label title = heading(problem.words() != null ? problem.words().in(t.language().locale())
                : t.t(problem.titleKey(), problem.args().toArray()));
        title.setId("problem-title");
        title.getStyleClass().add("problem");
        Label advice = body(t.t(problem.adviceKey()));
        advice.setId("problem-advice");
        VBox box = new VBox(16, title, advice);
        Problem.Reference ref = problem.reference();
        if (ref != null) {
            Label reference = note(t.t("problem.reference", ref.kiosk(), t.t(ref.step().key()), Formats.time(ref.at())));
            reference.setId("problem-reference");
            box.getChildren().add(reference);
        }
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
