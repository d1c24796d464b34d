package kiosk.app.ui.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kiosk.app.flow.Problem;
import kiosk.app.ui.Texts;

/** The few building blocks every screen is made of: large, high-contrast, easy to hit. */
final class Ui {

    private Ui() {
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        label.setWrapText(true);
        return label;
    }

    static Label body(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("body");
        label.setWrapText(true);
        return label;
    }

    static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("note");
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

    /** What happened and what to do next, plus the code staff ask for. */
    static VBox problem(Texts t, Problem problem) {
        Label title = heading(t.t(problem.titleKey(), problem.args().toArray()));
        title.setId("problem-title");
        title.getStyleClass().add("problem");
        Label advice = body(t.t(problem.adviceKey()));
        advice.setId("problem-advice");
        Label code = note(t.t("problem.code", problem.code()));
        VBox box = new VBox(16, title, advice, code);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
