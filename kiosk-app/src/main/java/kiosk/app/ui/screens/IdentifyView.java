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

    /** {@code fewer}: elder mode, the essentials only (help says the rest). */
    public static Node build(ScreenModel.Identify model, Texts t, boolean fewer) {
        VBox box = Ui.column(Ui.heading(t.t("card.title")));
        box.setId("identify");
        if (!model.readerReady()) {
            box.getChildren().add(Ui.problem(t, model.problem() != null ? model.problem() : Problems.readerUnavailable()));
            return box;
        }
        if (model.problem() != null) {
            if (!fewer) {
                box.getChildren().add(new CardGraphic());
            }
            box.getChildren().add(Ui.problem(t, model.problem()));
            if (!fewer) {
                box.getChildren().add(Ui.note(t.t("card.other-documents")));
            }
        } else {
            box.getChildren().addAll(new CardGraphic(), Ui.body(t.t("card.hint")));
            if (!fewer) {
                box.getChildren().addAll(Ui.note(t.t("card.other-documents")), Ui.note(t.t("card.privacy")));
            }
        }
        return box;
    }
}
