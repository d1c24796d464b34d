package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import kiosk.app.flow.Problems;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/**
 * Asks for the ID card (or an e-ID code shown to the scanner); after a failed read it says what went wrong
 * and what to do with the card.
 */
public final class IdentifyView {

    private IdentifyView() {
    }

    public static Node build(ScreenModel.Identify model, Texts t) {
        VBox box = Ui.column(Ui.heading(t.t("card.title")));
        box.setId("identify");
        if (!model.readerReady()) {
            box.getChildren().add(Ui.problem(t, model.problem() != null ? model.problem() : Problems.readerUnavailable()));
            return box;
        }
        CardGraphic graphic = new CardGraphic();
        box.getChildren().add(graphic);
        if (model.problem() != null) {
            box.getChildren().addAll(Ui.problem(t, model.problem()), Ui.note(t.t("card.other-documents")));
        } else {
            box.getChildren().addAll(Ui.body(t.t("card.hint")), Ui.note(t.t("card.other-documents")),
                    Ui.note(t.t("card.privacy")));
        }
        return box;
    }
}
