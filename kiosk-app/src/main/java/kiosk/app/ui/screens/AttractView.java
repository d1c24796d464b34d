package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** Idle screen: what the kiosk does, in every language; a touch anywhere starts. */
public final class AttractView {

    private AttractView() {
    }

    public static Node build(ScreenModel.Attract model, Texts t, ResidentIntents flow) {
        VBox box;
        if (model.outOfService()) {
            Label title = Ui.heading(t.t("attract.out-of-service"));
            title.getStyleClass().add("problem");
            box = Ui.column(title, Ui.body(t.t(model.reasonKey())));
        } else {
            Label welcome = Ui.heading(t.t("attract.headline"));
            welcome.getStyleClass().add("hero");
            Label touch = Ui.body(t.t("attract.touch"));
            touch.setId("attract-touch");
            touch.getStyleClass().add("call-to-action");
            box = Ui.column(welcome, Ui.body(t.t("attract.services")), touch, Ui.note(t.t("attract.languages")));
            box.setOnMouseClicked(e -> flow.start());
        }
        box.setId("attract");
        return box;
    }
}
