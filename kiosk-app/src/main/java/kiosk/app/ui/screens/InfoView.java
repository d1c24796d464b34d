package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Txt;
import kiosk.app.ui.Texts;

/** A Show step: what the service found, as label/value rows and notes. */
public final class InfoView {

    private InfoView() {
    }

    public static Node build(ScreenModel.Info model, Paging paging, Texts t, ResidentIntents flow) {
        VBox content = new VBox(12, Ui.rows(paging.slice(model.rows()), t));
        if (paging.page() >= paging.last()) { // notes follow the last rows
            for (Txt note : model.notes()) {
                content.getChildren().add(Ui.note(t.r(note)));
            }
        }
        String action = model.last() ? t.t("nav.done-service") : t.t("nav.next");
        VBox box = Ui.page(t.r(model.title()), Ui.scroll(content));
        Node pager = paging.bar(t, flow);
        javafx.scene.control.Button go = Ui.primary(action, "next", flow::next);
        if (pager == null) {
            box.getChildren().add(go);
        } else { // the page buttons and the way on share one row
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox footer = new javafx.scene.layout.HBox(24, pager, gap, go);
            footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().add(footer);
        }
        box.setId("info");
        return box;
    }
}
