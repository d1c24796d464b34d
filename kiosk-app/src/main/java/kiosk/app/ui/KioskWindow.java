package kiosk.app.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kiosk.app.flow.VisitEngine;
import kiosk.app.admin.AdminModel;
import kiosk.app.admin.CornerTaps;
import kiosk.app.i18n.Messages;
import kiosk.app.i18n.StaffTexts;
import kiosk.app.ui.admin.AdminGesture;
import kiosk.app.ui.admin.AdminScreen;

/** Puts the kiosk view in a stage: locked-down fullscreen in production, a plain window in the demo. */
public final class KioskWindow {

    public static final int DEMO_WIDTH = 1280;
    public static final int DEMO_HEIGHT = 800;

    private KioskWindow() {
    }

    /**
     * FX thread. Returns the view (bound to the flow) so callers can unbind when the kiosk stops.
     *
     * @throws IllegalStateException when the window could not be shown (no display, no GTK): the caller
     *                               must exit non-zero so the supervisor restarts the kiosk
     */
    public static KioskView show(Stage stage, Messages messages, VisitEngine flow, boolean production, String title) {
        return show(stage, messages, flow, null, production, title);
    }

    /**
     * As above, with admin mode over the resident screens (opened by the hidden corner gesture), when
     * admin is not null. Nothing here runs on every frame: an idle screen asks JavaFX for no pulses (the
     * UI's liveness is probed from outside, see PulseMonitor).
     */
    public static KioskView show(Stage stage, Messages messages, VisitEngine flow, AdminModel admin,
                                 boolean production, String title) {
        FxFonts.load();
        KioskView view = new KioskView(messages, flow);
        Parent root = view.root();
        if (admin != null) {
            StackPane layers = new StackPane(view.root(), AdminScreen.build(admin, StaffTexts.chinese()));
            AdminGesture.attach(layers, CornerTaps.standard(), admin::begin);
            root = layers;
        }
        Scene scene = new Scene(root, DEMO_WIDTH, DEMO_HEIGHT);
        stage.setTitle(title);
        stage.setScene(scene);
        if (production) {
            Lockdown.apply(stage, scene);
            Lockdown.guardUncaught(flow::finish); // an uncaught failure ends the visit instead of freezing it
        }
        view.bind(flow);
        stage.show();
        if (!stage.isShowing()) {
            throw new IllegalStateException("the kiosk window could not be shown");
        }
        return view;
    }
}
