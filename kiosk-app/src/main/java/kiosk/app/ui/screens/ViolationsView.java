package kiosk.app.ui.screens;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.Texts;

/** The resident's violations as large tappable rows, the total, and the pay button. */
public final class ViolationsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ViolationsView() {
    }

    public static Node build(ScreenModel.Violations model, Texts t, ResidentIntents flow) {
        VBox box = Ui.column(Ui.heading(t.t("violations.title")));
        box.setId("violations");
        if (model.rows().isEmpty()) {
            box.getChildren().add(Ui.body(t.t("violations.none")));
            return box;
        }
        VBox rows = new VBox(12);
        for (ScreenModel.ViolationRow row : model.rows()) {
            rows.getChildren().add(row(row, model.selected().contains(row.id()), t, flow));
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("rows");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label total = Ui.body(t.t("violations.total", model.selected().size(), Messages.yuan(model.selectedCents())));
        total.setId("violations-total");
        Button pay = Ui.primary(t.t("violations.pay"), "pay", flow::paySelected);
        pay.setDisable(model.selected().isEmpty());
        HBox footer = new HBox(24, total, pay);
        footer.setAlignment(Pos.CENTER_RIGHT);
        box.getChildren().addAll(Ui.note(t.t("violations.select-hint")), scroll, footer);
        return box;
    }

    private static Node row(ScreenModel.ViolationRow row, boolean selected, Texts t, ResidentIntents flow) {
        Label check = new Label(selected ? "☑" : "☐");
        check.getStyleClass().add("check");
        Label what = Ui.body(row.plate() + "   " + WHEN.format(row.occurredAt()));
        Label where = Ui.note(row.location() + " · " + row.description().in(t.language().locale()));
        VBox text = new VBox(4, what, where);
        HBox.setHgrow(text, Priority.ALWAYS);
        String statusText = row.payable()
                ? t.t("violations.fine", Messages.yuan(row.fineCents())) + "   " + t.t("violations.points", row.points())
                : t.t("violations.status.counter");
        Label status = Ui.body(statusText);
        Region gap = new Region();
        HBox box = new HBox(16, check, text, gap, status);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("violation-" + row.id());
        box.getStyleClass().add("row");
        if (selected) {
            box.getStyleClass().add("selected");
        }
        if (row.payable()) {
            box.setOnMouseClicked(e -> flow.toggleViolation(row.id()));
        } else {
            box.getStyleClass().add("disabled");
        }
        return box;
    }
}
