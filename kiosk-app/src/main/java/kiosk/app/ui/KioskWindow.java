package kiosk.app.ui;

import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kiosk.app.admin.AdminModel;
import kiosk.app.admin.CornerTaps;
import kiosk.app.flow.DeferredIntents;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.i18n.StaffTexts;
import kiosk.app.ui.admin.AdminGesture;
import kiosk.app.ui.admin.AdminScreen;

/**
 * Puts the kiosk view in a stage: locked-down fullscreen in production, a plain window in the demo.
 * The attract screen can be shown before the kiosk behind it is assembled ({@link #showFirst}), so a
 * restarted kiosk has its screen up in about the time of a bare JavaFX window; {@link #connect} then
 * hands it the flow. Until then the root carries the style class {@value #STARTING} and taps are kept
 * for the flow (see {@link DeferredIntents}).
 */
public final class KioskWindow {

    public static final int DEMO_WIDTH = 1280;
    public static final int DEMO_HEIGHT = 800;
    /** Style class of the window's root while the kiosk behind the attract screen is still assembling. */
    public static final String STARTING = "starting";

    private final Stage stage;
    private final StackPane layers;
    private final KioskView view;
    private final DeferredIntents intents;
    private final boolean production;
    private final CompletableFuture<Void> firstFrame = new CompletableFuture<>();

    private KioskWindow(Stage stage, StackPane layers, KioskView view, DeferredIntents intents, boolean production) {
        this.stage = stage;
        this.layers = layers;
        this.view = view;
        this.intents = intents;
        this.production = production;
    }

    /**
     * FX thread. Shows the attract screen in {@code language}, not yet connected to a flow.
     *
     * @throws IllegalStateException when the window could not be shown (no display, no GTK): the caller
     *                               must exit non-zero so the supervisor restarts the kiosk
     */
    public static KioskWindow showFirst(Stage stage, Messages messages, Language language, boolean production, String title) {
        FxFonts.load();
        DeferredIntents intents = new DeferredIntents();
        KioskView view = new KioskView(messages, intents);
        view.render(new FlowState(new ScreenModel.Attract(false, null), language, false, 0));
        StackPane layers = new StackPane(view.root());
        layers.getStyleClass().add(STARTING);
        KioskWindow window = new KioskWindow(stage, layers, view, intents, production);
        Scene scene = new Scene(layers, DEMO_WIDTH, DEMO_HEIGHT);
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            if (stage.isShowing()) {
                scene.removePostLayoutPulseListener(firstPulse[0]);
                window.firstFrame.complete(null);
            }
        };
        scene.addPostLayoutPulseListener(firstPulse[0]);
        stage.setTitle(title);
        stage.setScene(scene);
        if (production) {
            Lockdown.apply(stage, scene);
        }
        stage.show();
        if (!stage.isShowing()) {
            throw new IllegalStateException("the kiosk window could not be shown");
        }
        return window;
    }

    /** Completes (on the FX thread) once the attract screen has been laid out in the showing window. */
    public CompletableFuture<Void> firstFrame() {
        return firstFrame;
    }

    /**
     * FX thread. The screen follows the flow from now on; what residents tapped meanwhile goes to it.
     * With admin mode over the resident screens (opened by the hidden corner gesture) when admin is not
     * null. Returns the view (bound to the flow) so callers can unbind when the kiosk stops.
     */
    public KioskView connect(VisitEngine flow, AdminModel admin) {
        if (admin != null) {
            layers.getChildren().add(AdminScreen.build(admin, StaffTexts.chinese()));
            AdminGesture.attach(layers, CornerTaps.standard(), admin::begin);
        }
        if (production) {
            Lockdown.guardUncaught(flow::finish); // an uncaught failure ends the visit instead of freezing it
        }
        view.bind(flow);
        view.listenForScans(layers); // a scan means something only to a flow
        intents.connect(flow);
        layers.getStyleClass().remove(STARTING);
        return view;
    }

    /** The window's stage: where the kiosk says it cannot serve at all, when it cannot (see {@link StoppedWindow}). */
    public Stage stage() {
        return stage;
    }

    /** FX thread. Shows the kiosk at once, connected to its flow (tests, benchmarks). */
    public static KioskView show(Stage stage, Messages messages, VisitEngine flow, boolean production, String title) {
        return show(stage, messages, flow, null, production, title);
    }

    /**
     * As above, with admin mode when admin is not null. Nothing here runs on every frame: an idle screen
     * asks JavaFX for no pulses (the UI's liveness is probed from outside, see PulseMonitor).
     */
    public static KioskView show(Stage stage, Messages messages, VisitEngine flow, AdminModel admin,
                                 boolean production, String title) {
        return showFirst(stage, messages, flow.state().language(), production, title).connect(flow, admin);
    }
}
