package kiosk.app.ui.screens;

import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Formats;
import kiosk.app.i18n.Language;
import kiosk.app.ui.Texts;

/**
 * Idle screen: what the kiosk does now, in every language; a touch anywhere starts. Out of service it
 * says why, where to go instead and when the kiosk checks again; with a limit (printer out) it says
 * what is paused.
 */
public final class AttractView {

    private AttractView() {
    }

    /** {@code fewer}: elder mode, where the counters' hours are one tap away (help) instead of on the screen. */
    public static Node build(ScreenModel.Attract model, Texts t, ResidentIntents flow, boolean fewer) {
        VBox box;
        if (model.outOfService()) {
            Label title = Ui.heading(t.t("attract.out-of-service"));
            title.getStyleClass().add("problem");
            Label reason = Ui.body(t.t(model.reasonKey()));
            reason.setId("attract-reason");
            box = fewer ? Ui.column(reason) : Ui.column(title, reason);
            if (fewer) {
                reason.getStyleClass().add("problem");
            }
            if (model.nextCheck() != null) {
                box.getChildren().add(nextCheck(model.nextCheck(), "attract.next-check", t));
            }
            if (!model.where().hotline().isBlank() || !model.where().counters().isEmpty()) {
                javafx.scene.layout.GridPane where = Dialogs.where(model.where(), t, fewer);
                where.setMaxWidth(1100);
                if (!fewer) { // in elder mode the hotline and site say what they are without a heading
                    box.getChildren().add(Ui.body(t.t("attract.go-instead")));
                }
                box.getChildren().add(where);
                if (fewer && !model.where().counters().isEmpty()) {
                    box.getChildren().add(Ui.secondary(t.t("help.counter-hours"), "counter-hours", flow::help));
                }
            }
            if (!fewer) { // elder mode: fewer items, and whoever switched it on reads this language
                box.getChildren().add(inOtherLanguages(model, t));
            }
            box.setSpacing(fewer ? 10 : 16);
        } else {
            Label welcome = Ui.heading(t.t("attract.headline"));
            welcome.getStyleClass().add("hero");
            Label touch = Ui.body(t.t("attract.touch"));
            touch.setId("attract-touch");
            touch.getStyleClass().add("call-to-action");
            Label services = Ui.body(t.t("attract.services"));
            box = Ui.column(welcome, services);
            if (model.limitKey() != null) {
                Label limit = Ui.body(t.t(model.limitKey()));
                limit.setId("attract-limit");
                limit.getStyleClass().add("problem");
                box.getChildren().add(limit);
            }
            box.getChildren().addAll(touch, Ui.note(t.t("attract.languages")));
            box.setOnMouseClicked(e -> flow.start());
        }
        if (model.reminderKey() != null) {
            Label take = Ui.body(t.t(model.reminderKey()));
            take.setId("attract-take-card");
            take.getStyleClass().add("call-to-action");
            box.getChildren().add(0, take);
        }
        box.setId("attract");
        return box;
    }

    /**
     * Nobody can choose a language on a kiosk out of service, so it says so, with the hotline, in the
     * other languages too: side by side on one line, each in its language's face (style class
     * "other-language").
     */
    private static Node inOtherLanguages(ScreenModel.Attract model, Texts t) {
        javafx.scene.layout.HBox lines = new javafx.scene.layout.HBox(48);
        lines.setId("attract-other-languages");
        lines.setAlignment(javafx.geometry.Pos.CENTER);
        String hotline = model.where().hotline();
        for (Language other : Language.values()) {
            if (other == t.language()) {
                continue;
            }
            Texts o = new Texts(t.messages(), other);
            String text = o.t("attract.out-of-service") + (hotline.isBlank() ? "" : " · " + o.t("help.hotline", hotline));
            Label line = Ui.note(text);
            line.getStyleClass().addAll("other-language", other == Language.ZH_TW ? "traditional" : "simplified");
            lines.getChildren().add(line);
        }
        return lines;
    }

    /** "Next check at 02:14:30" (local time of the kiosk). */
    static Label nextCheck(Instant at, String key, Texts t) {
        Label label = Ui.note(t.t(key, Formats.clock(at.atZone(ZoneId.systemDefault()).toLocalTime())));
        label.setId("next-check");
        return label;
    }
}
