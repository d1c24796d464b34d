package kiosk.app.ui.screens;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.Step;
import kiosk.app.ui.Texts;

/**
 * A Form step: each input with its value as typed and an on-screen keypad for the first one not yet
 * complete (a lobby kiosk has no keyboard). Every key sends the whole value to the engine, which says
 * when it is complete.
 */
public final class FormView {

    private static final List<String> PROVINCES = List.of("京", "津", "沪", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁",
            "新", "苏", "浙", "赣", "鄂", "桂", "甘", "晋", "蒙", "陕", "吉", "闽", "贵", "粤", "青", "藏", "川", "宁", "琼");
    private static final String DIGITS = "0123456789";
    /** Plates and engine numbers never use I or O (they read as 1 and 0). */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private FormView() {
    }

    public static Node build(ScreenModel.Form model, Texts t, ResidentIntents flow) {
        String key = "service." + model.serviceId() + "." + model.stepId();
        javafx.scene.layout.GridPane fields = new javafx.scene.layout.GridPane();
        fields.setHgap(24);
        fields.setVgap(8);
        int row = 0;
        ScreenModel.Input active = model.inputs().stream().filter(i -> !i.complete()).findFirst()
                .orElse(model.inputs().get(model.inputs().size() - 1));
        for (ScreenModel.Input input : model.inputs()) {
            Label label = Ui.note(t.t(key + "." + input.name()));
            Label value = Ui.body(input.value().isEmpty() ? " " : input.value());
            value.setId("input-" + input.name());
            value.setMinWidth(320);
            value.getStyleClass().add(input == active ? "input-active" : "input");
            fields.addRow(row++, label, value);
        }
        Button go = Ui.primary(t.t("nav.next"), "next", flow::next);
        go.setDisable(!model.complete());
        VBox box = Ui.page(t.t(key + ".title"), fields, keypad(active, t, flow), go);
        box.setId("form");
        return box;
    }

    private static Node keypad(ScreenModel.Input input, Texts t, ResidentIntents flow) {
        FlowPane keys = new FlowPane(8, 8);
        keys.setAlignment(Pos.CENTER);
        keys.setId("keypad");
        String value = input.value();
        String alphabet = switch (input.kind()) {
            case DIGITS, DATE -> DIGITS;
            case ENGINE_DIGITS -> DIGITS + LETTERS;
            case REFERENCE -> DIGITS + LETTERS + "-";
            case PLATE -> value.isEmpty() ? null : DIGITS + LETTERS;
        };
        if (alphabet == null) {
            for (String province : PROVINCES) {
                keys.getChildren().add(key(province, input, flow));
            }
        } else {
            for (char c : alphabet.toCharArray()) {
                keys.getChildren().add(key(String.valueOf(c), input, flow));
            }
        }
        Button delete = Ui.secondary(t.t("keypad.delete"), "key-delete", () -> flow.input(input.name(),
                value.isEmpty() ? "" : value.substring(0, value.offsetByCodePoints(value.length(), -1))));
        delete.getStyleClass().add("key");
        keys.getChildren().add(delete);
        return keys;
    }

    private static Button key(String text, ScreenModel.Input input, ResidentIntents flow) {
        Button key = new Button(text);
        key.setId("key-" + text);
        key.getStyleClass().add("key");
        key.setDisable(input.value().codePointCount(0, input.value().length()) >= maxLength(input.kind()));
        key.setOnAction(e -> flow.input(input.name(), input.value() + text));
        return key;
    }

    private static int maxLength(Step.InputKind kind) {
        return switch (kind) {
            case DATE -> 8;
            case PLATE -> 8;
            case ENGINE_DIGITS -> 6;
            case DIGITS -> 11;
            case REFERENCE -> 20;
        };
    }
}
