package kiosk.app.ui.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kiosk.app.flow.Option;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.Texts;

/** A Choose step: large tappable rows; ticks and a continue button when several may be chosen. */
public final class ChoiceView {

    private ChoiceView() {
    }

    public static Node build(ScreenModel.Choice model, Paging paging, Texts t, ResidentIntents flow) {
        String key = "service." + model.serviceId() + "." + model.stepId();
        VBox rows = new VBox(12);
        for (Option option : paging.slice(model.options())) {
            rows.getChildren().add(row(option, model, t, flow));
        }
        if (model.options().isEmpty()) {
            Label empty = Ui.body(t.t(key + ".empty"));
            empty.setId("choice-empty");
            rows.getChildren().add(empty);
        }
        VBox box = Ui.page(t.t(key + ".title"), Ui.scroll(rows));
        if (t.has(key + ".hint") && !paging.fewer()) {
            box.getChildren().add(1, Ui.note(t.t(key + ".hint")));
        }
        Node pager = paging.bar(t, flow);
        if (model.multiple() && !model.options().isEmpty()) {
            Label total = Ui.body(t.t("choice.total", model.selected().size(), t.money(model.selectedCents())));
            total.setId("choice-total");
            Button go = Ui.primary(t.t("choice.add"), "next", flow::next);
            go.setDisable(model.selected().isEmpty());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox footer = pager == null || paging.fewer() ? new HBox(24, gap, total, go) : new HBox(24, pager, gap, total, go);
            footer.setAlignment(Pos.CENTER_RIGHT);
            if (pager != null && paging.fewer()) {
                box.getChildren().add(pager); // larger type: the page buttons get a row of their own
            }
            box.getChildren().add(footer);
        } else if (pager != null) {
            box.getChildren().add(pager);
        }
        box.setId("choice");
        return box;
    }

    private static Node row(Option option, ScreenModel.Choice model, Texts t, ResidentIntents flow) {
        boolean selected = model.selected().contains(option.id());
        VBox text = new VBox(4, Ui.body(t.r(option.label())));
        if (option.detail() != null) {
            text.getChildren().add(Ui.note(t.r(option.detail())));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(16);
        if (model.multiple()) {
            box.getChildren().add(Ui.check(selected, option.enabled()));
        }
        box.getChildren().addAll(text, new Region());
        if (option.status() != null) {
            Label status = Ui.body(t.r(option.status()));
            status.setMinWidth(Region.USE_PREF_SIZE); // an amount never breaks across lines
            status.getStyleClass().add(option.enabled() ? "status" : "status-muted");
            box.getChildren().add(status);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("option-" + option.id());
        box.getStyleClass().add("row");
        if (selected) {
            box.getStyleClass().add("selected");
        }
        if (option.enabled()) {
            box.setOnMouseClicked(e -> flow.choose(option.id()));
        } else {
            box.getStyleClass().add("disabled");
        }
        return box;
    }
}
