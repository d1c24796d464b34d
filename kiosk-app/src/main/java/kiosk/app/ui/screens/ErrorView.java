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
        if (model.counterName() != null) {
            javafx.scene.control.Label counter = Ui.body(t.t("problem.counter.where", t.r(model.counterName()), t.r(model.counterHours())));
            counter.setId("error-counter");
            box.getChildren().add(counter);
        }
        HBox actions = new HBox(24);
        actions.setAlignment(javafx.geometry.Pos.CENTER);
        if (model.problem().retryable()) {
            actions.getChildren().add(Ui.primary(t.t("nav.retry"), "retry", flow::back));
        } else if (model.identified()) {
            actions.getChildren().add(Ui.primary(t.t("nav.other-service"), "retry", flow::back));
        }
        actions.getChildren().add(Ui.secondary(t.t("nav.home"), "error-home", flow::finish));
        box.getChildren().add(actions);
        return box;
    }
}
