package kiosk.app.ui;

import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import kiosk.app.platform.SystemdNotifier;
import kiosk.app.platform.UiWatchdog;

/**
 * Ties the kiosk to systemd when systemd runs it (Type=notify): the watchdog probes the FX thread
 * itself (so a frozen UI is restarted), and READY goes out at the first pulse that lays out the
 * resident screens of a kiosk that serves (no longer {@link KioskWindow#STARTING}), or the
 * out-of-service screen (#stopped), in a showing window. Does nothing anywhere else.
 */
public final class FxServiceHooks {

    private static UiWatchdog watchdog;

    private FxServiceHooks() {
    }

    /** After the toolkit has started; any thread. */
    public static synchronized void install() {
        if (watchdog != null) {
            return;
        }
        Map<String, String> env = System.getenv();
        SystemdNotifier.fromEnvironment(env).ifPresent(notifier -> {
            watchdog = new UiWatchdog(notifier, Platform::runLater);
            SystemdNotifier.watchdogTimeout(env, ProcessHandle.current().pid()).ifPresent(watchdog::start);
            UiWatchdog w = watchdog;
            Platform.runLater(() -> readyWhenAttractShown(w));
        });
    }

    /** FX thread. */
    static void readyWhenAttractShown(UiWatchdog w) {
        Window.getWindows().forEach(window -> watch(window, w));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> watch(window, w));
            }
        });
    }

    /**
     * The resident screens, connected to the kiosk behind them: the attract screen, or whatever a tap made
     * of it while the kiosk assembled (not the attract screen shown meanwhile).
     */
    private static boolean serving(Scene scene) {
        return scene.lookup(".kiosk") != null && scene.lookup("." + KioskWindow.STARTING) == null;
    }

    /** Every scene the window shows is checked: the out-of-service screen replaces the attract screen's. */
    private static void watch(Window window, UiWatchdog w) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            Scene scene = window.getScene();
            if (scene != null && window.isShowing() && (serving(scene) || scene.lookup("#stopped") != null)) {
                scene.removePostLayoutPulseListener(check[0]);
                w.ready();
            }
        };
        if (window.getScene() != null) {
            window.getScene().addPostLayoutPulseListener(check[0]);
        }
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(check[0]);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(check[0]);
            }
        });
    }
}
