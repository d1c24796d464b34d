package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** What went wrong, what to do next, and the way on: back (to try again) or home. */
public final class ErrorView {

    private ErrorView() {
    }

    public static Node build(ScreenModel.Error model, Texts t, ResidentIntents flow) {
        VBox box = Ui.column(Ui.problem(t, model.problem()));
        box.setId("error");
        HBox actions = new HBox(24);
        actions.setAlignment(javafx.geometry.Pos.CENTER);
        if (model.problem().retryable()) {
            actions.getChildren().add(Ui.primary(t.t("nav.retry"), "retry", flow::back));
        }
        actions.getChildren().add(Ui.secondary(t.t("nav.home"), "error-home", flow::finish));
        box.getChildren().add(actions);
        return box;
    }
}
