package kiosk.app.ui.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** The services of every domain, built from their declarations; unavailable ones say why. */
public final class MenuView {

    private MenuView() {
    }

    public static Node build(ScreenModel.Menu model, Paging paging, Texts t, ResidentIntents flow) {
        HBox top = new HBox(24, Ui.body(t.t("menu.greeting", model.maskedName())));
        top.setAlignment(Pos.CENTER_LEFT);
        if (model.basketItems() > 0) {
            Button basket = Ui.primary(t.t("menu.basket", model.basketItems(), t.money(model.basketCents())), "open-basket",
                    flow::openBasket);
            top.getChildren().add(basket);
        }
        VBox groups = new VBox(20);
        // The page's services, under the heading of their domain.
        java.util.List<java.util.Map.Entry<ScreenModel.MenuGroup, ScreenModel.ServiceOption>> all = new java.util.ArrayList<>();
        for (ScreenModel.MenuGroup group : model.groups()) {
            group.services().forEach(option -> all.add(java.util.Map.entry(group, option)));
        }
        ScreenModel.MenuGroup current = null;
        FlowPane tiles = null;
        for (java.util.Map.Entry<ScreenModel.MenuGroup, ScreenModel.ServiceOption> entry : paging.slice(all)) {
            if (entry.getKey() != current) {
                current = entry.getKey();
                Label heading = Ui.body(t.t("domain." + current.domain().configName()));
                heading.getStyleClass().add("group");
                tiles = new FlowPane(16, 16);
                groups.getChildren().addAll(heading, tiles);
            }
            tiles.getChildren().add(tile(entry.getValue(), t, flow));
        }
        ScrollPane scroll = Ui.scroll(groups);
        VBox box = Ui.column(top, Ui.heading(t.t("menu.title")), scroll);
        Node pager = paging.bar(t, flow);
        if (pager != null) {
            box.getChildren().add(pager);
        }
        box.setAlignment(Pos.TOP_LEFT);
        box.setId("menu");
        return box;
    }

    private static Node tile(ScreenModel.ServiceOption option, Texts t, ResidentIntents flow) {
        Button button = new Button(t.t("service." + option.serviceId() + ".title"));
        button.setId("service-" + option.serviceId().replace('.', '-'));
        button.getStyleClass().addAll("tile", option.available() ? "primary" : "secondary");
        if (!option.available()) {
            // Not disabled: a tap says at once why it cannot be used and where to go instead.
            button.getStyleClass().add("unavailable");
        }
        button.setWrapText(true);
        button.setOnAction(e -> flow.chooseService(option.serviceId()));
        VBox tile = new VBox(6, button);
        tile.prefWidthProperty().bind(button.prefWidthProperty()); // a reason wraps under its tile
        tile.maxWidthProperty().bind(button.prefWidthProperty());
        if (!option.available()) {
            Label why = Ui.note(t.r(option.reason()));
            why.getStyleClass().add("problem");
            tile.getChildren().add(why);
        }
        VBox.setVgrow(button, Priority.NEVER);
        return tile;
    }
}
