package kiosk.app.ui.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kiosk.app.flow.Overlay;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.Whereabouts;
import kiosk.app.ui.Texts;

/** The dialogs the engine puts over a screen: help at any hour, and "leave the payment?". */
public final class Dialogs {

    private Dialogs() {
    }

    /** {@code fewer}: elder mode, where help leaves out its own title so the step's words lead. */
    public static Node build(Overlay overlay, Texts t, ResidentIntents flow, boolean fewer) {
        if (overlay instanceof Overlay.Help help) {
            return help(help, t, flow, fewer);
        }
        return leavePayment((Overlay.LeavePayment) overlay, t, flow);
    }

    /** What this step needs, the hotline and counter hours, and "call staff". */
    static Node help(Overlay.Help help, Texts t, ResidentIntents flow, boolean fewer) {
        VBox dialog = dialog();
        dialog.setId("help-dialog");
        String step = help.serviceStepKey() != null && t.has(help.serviceStepKey()) ? t.t(help.serviceStepKey())
                : t.t(help.stepKey());
        Label needs = Ui.body(step);
        needs.setId("help-step");
        if (!fewer) {
            dialog.getChildren().add(Ui.heading(t.t("help.title")));
        }
        if (!(fewer && help.staffCalled())) { // once staff are on their way, elder mode keeps to who and where
            dialog.getChildren().add(needs);
        }
        dialog.getChildren().addAll(where(help.where(), t).getChildren());
        HBox actions = new HBox(24);
        actions.setAlignment(Pos.CENTER);
        if (help.staffCalled()) {
            Label called = Ui.body(t.t("help.staff-called"));
            called.setId("help-staff-called");
            called.getStyleClass().add("call-to-action");
            dialog.getChildren().add(called);
        } else {
            actions.getChildren().add(Ui.primary(t.t("help.call-staff"), "help-call-staff", flow::callStaff));
        }
        actions.getChildren().add(Ui.secondary(t.t("help.close"), "help-close", flow::closeHelp));
        dialog.getChildren().add(actions);
        return overlay(dialog, "help");
    }

    /**
     * The 24-hour hotline, the nearest 24-hour site and the counters' hours, as configured for the
     * station: two columns, what on the left and where or when on the right.
     */
    static javafx.scene.layout.GridPane where(Whereabouts where, Texts t) {
        return where(where, t, false);
    }

    /** {@code withoutCounters}: the hotline and the nearest 24-hour site only (elder mode; help has the hours). */
    static javafx.scene.layout.GridPane where(Whereabouts where, Texts t, boolean withoutCounters) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.getStyleClass().add("where");
        javafx.scene.layout.ColumnConstraints what = new javafx.scene.layout.ColumnConstraints();
        what.setPercentWidth(34);
        javafx.scene.layout.ColumnConstraints value = new javafx.scene.layout.ColumnConstraints();
        value.setPercentWidth(66);
        grid.getColumnConstraints().addAll(what, value);
        int row = 0;
        if (!where.hotline().isBlank()) {
            Label hotline = Ui.body(t.t("help.hotline", where.hotline()));
            hotline.setId("help-hotline");
            hotline.getStyleClass().add("left");
            grid.add(hotline, 0, row++, 2, 1);
        }
        String nearest = t.r(where.nearest24h());
        if (!nearest.isBlank()) {
            Label label = Ui.note(t.t("help.nearest", nearest));
            label.setId("help-nearest");
            label.getStyleClass().add("left");
            grid.add(label, 0, row++, 2, 1);
        }
        int i = 0;
        for (Whereabouts.Counter counter : withoutCounters ? java.util.List.<Whereabouts.Counter>of() : where.counters()) {
            Label name = Ui.note(t.r(counter.name()));
            name.getStyleClass().add("left");
            Label hours = Ui.note(t.r(counter.hours()));
            hours.setId("help-counter-" + i++);
            hours.getStyleClass().add("left");
            grid.addRow(row++, name, hours);
        }
        grid.getChildren().forEach(n -> ((Label) n).setMaxWidth(Double.MAX_VALUE));
        fullHeight(grid); // a grid of wrapped labels too: each keeps the lines its column width needs
        return grid;
    }

    /** Back or Home on a live order: what happens to the money, and the way back to paying. */
    static Node leavePayment(Overlay.LeavePayment leave, Texts t, ResidentIntents flow) {
        VBox dialog = dialog();
        Label money = Ui.body(t.t("leave.payment.money", t.money(leave.amountCents())));
        money.setId("leave-money");
        HBox actions = new HBox(24, Ui.primary(t.t("leave.payment.stay"), "leave-stay", flow::stay),
                Ui.secondary(t.t(leave.home() ? "leave.payment.home" : "leave.payment.back"), "leave-confirm",
                        flow::confirmLeave));
        actions.setAlignment(Pos.CENTER);
        dialog.getChildren().addAll(Ui.heading(t.t("leave.payment.title")), money, actions);
        return overlay(dialog, "leave-payment");
    }

    /**
     * A dialog is as high as its pref height, which JavaFX computes without the width: its wrapped labels
     * get their full height at the dialog's width as their minimum, so none is squeezed to fewer lines.
     */
    public static void fullHeight(javafx.scene.Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Label label && label.isWrapText()) {
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            } else if (child instanceof javafx.scene.Parent inner) {
                fullHeight(inner);
            }
        }
    }

    private static VBox dialog() {
        VBox dialog = new VBox(14);
        dialog.setAlignment(Pos.CENTER);
        dialog.getStyleClass().add("dialog");
        dialog.setMaxWidth(1100);
        dialog.setMaxHeight(VBox.USE_PREF_SIZE);
        return dialog;
    }

    private static Node overlay(VBox dialog, String id) {
        fullHeight(dialog);
        StackPane overlay = new StackPane(dialog);
        overlay.setId(id);
        overlay.getStyleClass().add("overlay");
        return overlay;
    }
}
