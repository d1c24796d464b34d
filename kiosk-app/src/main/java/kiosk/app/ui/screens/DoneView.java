package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** The end: what was paid and, if the receipt did not print, that the payment is safe and how to reprint. */
public final class DoneView {

    private DoneView() {
    }

    /** {@code fewer}: elder mode, where the summary leads without the "done" heading above it. */
    public static Node build(ScreenModel.Done model, Texts t, ResidentIntents flow, boolean fewer) {
        Label title = Ui.heading(t.t("done.title"));
        title.setId("done-title");
        String summary = model.reprint() ? t.t("done.reprinted")
                : model.paidCents() > 0 ? t.t("done.paid", t.money(model.paidCents())) : t.t("done.free");
        VBox box = fewer ? Ui.column(Ui.body(summary)) : Ui.column(title, Ui.body(summary));
        box.setSpacing(fewer ? 12 : 24);
        box.setId("done");
        if (model.printed()) {
            Label take = Ui.body(t.t("done.printed"));
            take.setId("done-printed");
            take.getStyleClass().add("call-to-action");
            box.getChildren().add(take);
        } else {
            box.getChildren().add(Ui.problem(t, model.printProblem()));
        }
        if (model.noteKey() != null) {
            Label note = Ui.body(t.t(model.noteKey()));
            note.setId("done-note");
            box.getChildren().add(note);
        }
        for (kiosk.app.i18n.Txt note : model.notes()) {
            box.getChildren().add(Ui.body(t.r(note)));
        }
        if (model.orderId() != null) {
            box.getChildren().add(Ui.note(t.t("done.order", model.orderId())));
        }
        box.getChildren().add(Ui.primary(t.t("done.finish"), "finish", flow::finish));
        return box;
    }
}
