package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** A service that cannot be used now: why, where to go instead, when the kiosk checks again. */
public final class OutOfServiceView {

    private OutOfServiceView() {
    }

    /** {@code fewer}: elder mode, where the counters' hours are one tap away (help) instead of on the screen. */
    public static Node build(ScreenModel.OutOfService model, Texts t, ResidentIntents flow, boolean fewer) {
        Label title = Ui.heading(t.t("out-of-service.title", t.t("service." + model.serviceId() + ".title")));
        title.getStyleClass().add("problem");
        Label reason = Ui.body(t.r(model.reason()));
        reason.setId("out-of-service-reason");
        VBox box = Ui.column(title, reason);
        if (model.nextCheck() != null) {
            box.getChildren().add(AttractView.nextCheck(model.nextCheck(), "out-of-service.next-check", t));
        }
        javafx.scene.layout.GridPane where = Dialogs.where(model.where(), t, fewer);
        where.setMaxWidth(1100);
        if (!fewer) { // in elder mode the hotline and site say what they are without a heading
            box.getChildren().add(Ui.body(t.t("attract.go-instead")));
        }
        box.getChildren().add(where); // Back (navigation) returns to the menu
        if (fewer && !model.where().counters().isEmpty()) {
            box.getChildren().add(Ui.secondary(t.t("help.counter-hours"), "counter-hours", flow::help));
        }
        box.setSpacing(fewer ? 10 : 16);
        box.setId("out-of-service");
        return box;
    }
}
