package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** The services this kiosk offers now; one that cannot finish says why before the resident starts. */
public final class MenuView {

    private MenuView() {
    }

    public static Node build(ScreenModel.Menu model, Texts t, ResidentIntents flow) {
        VBox box = Ui.column(Ui.body(t.t("menu.greeting", model.maskedName())), Ui.heading(t.t("menu.title")));
        box.setId("menu");
        for (ScreenModel.ServiceOption option : model.services()) {
            String key = "service." + option.service().name();
            Button button = Ui.primary(t.t(key), "service-" + option.service().name(), () -> flow.chooseService(option.service()));
            button.getStyleClass().add("wide");
            button.setDisable(!option.available());
            box.getChildren().add(button);
            box.getChildren().add(option.available() ? Ui.note(t.t(key + ".hint")) : problemNote(t.t(option.reasonKey())));
        }
        return box;
    }

    private static Node problemNote(String text) {
        var label = Ui.body(text);
        label.getStyleClass().add("problem");
        return label;
    }
}
