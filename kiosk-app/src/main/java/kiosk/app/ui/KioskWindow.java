package kiosk.app.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Messages;

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
        FxFonts.load();
        KioskView view = new KioskView(messages, flow);
        Scene scene = new Scene(view.root(), DEMO_WIDTH, DEMO_HEIGHT);
        stage.setTitle(title);
        stage.setScene(scene);
        if (production) {
            Lockdown.apply(stage, scene);
        }
        view.bind(flow);
        stage.show();
        if (!stage.isShowing()) {
            throw new IllegalStateException("the kiosk window could not be shown");
        }
        return view;
    }
}
