package kiosk.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.config.KioskConfig;

/**
 * What the screen shows when the kiosk cannot start serving at all (its transaction journal is damaged
 * or held by another program): "out of service" in every language, where to go instead, and the
 * staff's words for the fault. Better than a black screen that systemd restarts again and again.
 */
public final class StoppedWindow {

    private StoppedWindow() {
    }

    /** FX thread. */
    public static void show(Stage stage, Messages messages, KioskConfig.Station station, String staffKey,
                            boolean production) {
        FxFonts.load();
        VBox box = new VBox(24);
        box.setId("stopped");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(48));
        for (Language language : Language.values()) {
            Label title = new Label(messages.get(language, "attract.out-of-service"));
            title.getStyleClass().add("title");
            String where = station.nearest24h().in(language.locale());
            Label next = new Label(where.isBlank() ? messages.get(language, "problem.counter.advice")
                    : messages.get(language, "stopped.go-to", where));
            next.setWrapText(true);
            box.getChildren().addAll(title, next);
        }
        Label staff = new Label(messages.get(Language.ZH_CN, staffKey));
        staff.setId("stopped-staff");
        staff.setWrapText(true);
        box.getChildren().add(staff);
        Scene scene = new Scene(box, KioskWindow.DEMO_WIDTH, KioskWindow.DEMO_HEIGHT);
        scene.getStylesheets().add(StoppedWindow.class.getResource("/kiosk/app/ui/kiosk.css").toExternalForm());
        stage.setScene(scene);
        if (production) {
            Lockdown.apply(stage, scene);
        }
        stage.show();
    }
}
