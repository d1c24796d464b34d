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

    public static Node build(ScreenModel.OutOfService model, Texts t, ResidentIntents flow) {
        Label title = Ui.heading(t.t("out-of-service.title", t.t("service." + model.serviceId() + ".title")));
        title.getStyleClass().add("problem");
        Label reason = Ui.body(t.r(model.reason()));
        reason.setId("out-of-service-reason");
        VBox box = Ui.column(title, reason);
        if (model.nextCheck() != null) {
            box.getChildren().add(AttractView.nextCheck(model.nextCheck(), "out-of-service.next-check", t));
        }
        VBox where = Dialogs.where(model.where(), t);
        where.setMaxWidth(1100);
        box.getChildren().addAll(Ui.body(t.t("attract.go-instead")), where); // Back (navigation) returns to the menu
        box.setSpacing(16);
        box.setId("out-of-service");
        return box;
    }
}
