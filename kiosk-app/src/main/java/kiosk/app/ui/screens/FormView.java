package kiosk.app.ui.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;
import kiosk.app.ui.keypad.Keypad;

/**
 * A Form step: each input in a box beside the on-screen keypad of the one being typed (a lobby kiosk
 * has no keyboard). The keypad is {@link Keypad} over the input's {@code Entry} rule, so a key that
 * cannot lead to a valid value is refused as it is typed; every key sends the whole value to the
 * engine, which keeps it and says when it is complete; OK moves to the next input, and on the last
 * complete one continues. A box tapped puts the keypad on its input.
 */
public final class FormView {

    private FormView() {
    }

    /** The typed values into the input boxes, in place (the keypad showed the key itself). */
    public static void updateValues(javafx.scene.Parent root, ScreenModel.Form model) {
        for (ScreenModel.Input input : model.inputs()) {
            if (root.lookup("#input-" + input.name()) instanceof Label box) {
                box.setText(input.value().isEmpty() ? " " : input.value());
            }
        }
    }

    /** {@code fewer}: elder mode, where the step's title gives its room to the larger keys. */
    public static Node build(ScreenModel.Form model, Texts t, ResidentIntents flow, boolean fewer) {
        String key = "service." + model.serviceId() + "." + model.stepId();
        ScreenModel.Input active = model.active();
        VBox fields = new VBox(8);
        for (ScreenModel.Input input : model.inputs()) {
            Label label = Ui.note(t.t(key + "." + input.name()));
            label.getStyleClass().add("left");
            Label value = Ui.body(input.value().isEmpty() ? " " : input.value());
            value.setId("input-" + input.name());
            value.setMinWidth(fewer ? 240 : 300);
            value.setMaxWidth(Double.MAX_VALUE);
            value.getStyleClass().addAll(input == active ? "input-active" : "input", "left");
            value.setOnMouseClicked(e -> flow.focusInput(input.name()));
            fields.getChildren().addAll(label, value);
        }
        if (!fewer && input(model, active)) { // elder mode: the voice and help say it; the keys need the room
            Label hint = Ui.note(t.t("keypad." + kiosk.app.flow.Prompts.keypad(active.kind()) + ".hint"));
            hint.getStyleClass().add("left");
            fields.getChildren().add(hint);
        }
        Dialogs.fullHeight(fields); // a label wrapped in the narrow column keeps all its lines
        fields.setPrefWidth(fewer ? 250 : 320);
        fields.setMinWidth(fewer ? 250 : 300);
        Keypad keypad = new Keypad(active.kind().entry(), active.value(), t, value -> flow.input(active.name(), value),
                value -> flow.next()).withoutDisplay();
        keypad.setId("keypad");
        HBox body = new HBox(fewer ? 20 : 32, fields, keypad);
        body.setAlignment(Pos.TOP_LEFT);
        VBox box = fewer ? Ui.page(t.t(key + ".title")) : Ui.page(t.t(key + ".title"), body);
        if (fewer) {
            box.getChildren().setAll(body); // the input's label names what to type
        }
        box.setId("form");
        return box;
    }

    /** Whether the active input is still empty (then its keypad's hint shows under the boxes). */
    private static boolean input(ScreenModel.Form model, ScreenModel.Input active) {
        return active.value().isEmpty();
    }
}
