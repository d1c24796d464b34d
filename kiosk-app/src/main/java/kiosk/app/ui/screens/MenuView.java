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
import kiosk.app.i18n.Messages;
import kiosk.app.ui.Texts;

/** The services of every domain, built from their declarations; unavailable ones say why. */
public final class MenuView {

    private MenuView() {
    }

    public static Node build(ScreenModel.Menu model, Texts t, ResidentIntents flow) {
        HBox top = new HBox(24, Ui.body(t.t("menu.greeting", model.maskedName())));
        top.setAlignment(Pos.CENTER_LEFT);
        if (model.basketItems() > 0) {
            Button basket = Ui.primary(t.t("menu.basket", model.basketItems(), Messages.yuan(model.basketCents())), "open-basket",
                    flow::openBasket);
            top.getChildren().add(basket);
        }
        VBox groups = new VBox(20);
        for (ScreenModel.MenuGroup group : model.groups()) {
            Label heading = Ui.body(t.t("domain." + group.domain().configName()));
            heading.getStyleClass().add("group");
            FlowPane tiles = new FlowPane(16, 16);
            for (ScreenModel.ServiceOption option : group.services()) {
                tiles.getChildren().add(tile(option, t, flow));
            }
            groups.getChildren().addAll(heading, tiles);
        }
        ScrollPane scroll = Ui.scroll(groups);
        VBox box = Ui.column(top, Ui.heading(t.t("menu.title")), scroll);
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
        if (!option.available()) {
            Label why = Ui.note(t.r(option.reason()));
            why.getStyleClass().add("problem");
            tile.getChildren().add(why);
        }
        VBox.setVgrow(button, Priority.NEVER);
        return tile;
    }
}
