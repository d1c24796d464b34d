package kiosk.app.ui.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** Everything the resident takes away from this visit, one payment for it, or another service first. */
public final class BasketView {

    private BasketView() {
    }

    public static Node build(ScreenModel.Basket model, Paging paging, Texts t, ResidentIntents flow) {
        VBox lines = new VBox(12);
        for (ScreenModel.BasketLine line : paging.slice(model.lines())) {
            Label title = Ui.body(t.r(line.title()));
            Label amount = Ui.body(line.amountCents() > 0 ? t.money(line.amountCents()) : t.t("basket.free"));
            amount.setWrapText(false); // an amount reads on one line
            HBox right = new HBox(16, amount, Ui.secondary(t.t("basket.remove"), "remove-" + line.key(),
                    () -> flow.removeFromBasket(line.key())));
            right.setAlignment(Pos.CENTER_RIGHT);
            // The amount and the button keep their whole width in every language and size (人民幣200.00元 in
            // elder mode squeezed "移除" to "..." in a row of three); the item's words wrap in what is left.
            right.setMinWidth(Region.USE_PREF_SIZE); // no stylesheet sizes a plain box: this one holds
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(16, title, right);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("row");
            row.setId("line-" + line.key());
            lines.getChildren().add(row);
        }
        Label total = Ui.heading(t.t("basket.total", t.money(model.totalCents())));
        total.setId("basket-total");
        String payText = model.totalCents() > 0 ? t.t("basket.pay", t.money(model.totalCents())) : t.t("basket.print");
        HBox actions = new HBox(24, Ui.secondary(t.t("basket.more"), "more-services", flow::back),
                Ui.primary(payText, "pay", flow::pay));
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox box = Ui.page(t.t("basket.title"), Ui.scroll(lines));
        Node pager = paging.bar(t, flow);
        if (pager != null) {
            box.getChildren().add(pager);
        }
        box.getChildren().addAll(total, actions);
        box.setId("basket");
        return box;
    }
}
