package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import kiosk.app.ui.Texts;

/** Paid; the receipt is printing. The resident is asked to wait for it. */
public final class PrintingView {

    private PrintingView() {
    }

    public static Node build(Texts t) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(96, 96);
        VBox box = Ui.column(Ui.heading(t.t("printing.title")), spinner, Ui.body(t.t("printing.hint")));
        box.setId("printing");
        return box;
    }
}
