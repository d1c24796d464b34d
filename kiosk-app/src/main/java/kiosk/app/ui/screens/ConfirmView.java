package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** "Check your answers": what will be submitted and what it costs, before anything is sent or paid. */
public final class ConfirmView {

    private ConfirmView() {
    }

    public static Node build(ScreenModel.Confirm model, Paging paging, Texts t, ResidentIntents flow) {
        String key = "service." + model.serviceId() + "." + model.stepId();
        Label fee = Ui.body(model.feeCents() > 0 ? t.t("confirm.fee", t.money(model.feeCents())) : t.t("confirm.free"));
        fee.setId("confirm-fee");
        Node pager = paging.bar(t, flow);
        javafx.scene.control.Button submit = Ui.primary(t.t("confirm.submit"), "next", flow::next);
        Node actions = submit;
        if (pager != null) { // the page buttons and submit share one row
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
            actions = new javafx.scene.layout.HBox(24, pager, gap, submit);
        }
        VBox box = Ui.page(t.t(key + ".title"), Ui.scroll(Ui.rows(paging.slice(model.rows()), t)), fee, actions);
        box.setId("confirm");
        return box;
    }
}
