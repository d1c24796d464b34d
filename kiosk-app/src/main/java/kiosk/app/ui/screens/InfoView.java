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
        if (pager != null) {
            box.getChildren().add(pager);
        }
        box.getChildren().add(Ui.primary(action, "next", flow::next));
        box.setId("info");
        return box;
    }
}
