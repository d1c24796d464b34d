package kiosk.app.ui;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Production lockdown: fullscreen with no exit key (and back to fullscreen if anything leaves it),
 * close requests vetoed (Alt+F4 arrives as one), no context menus, no cursor on a touch screen, and no
 * keyboard acting on the controls: a kiosk is driven by touch, so every key press and release is
 * consumed before a focused control sees it (Tab then Space must not choose a language). Typed
 * characters still reach the view's root, and only the root, so a keyboard-wedge scanner's input goes
 * to the scan classifier there and never into a focused control. Only the supervisor (systemd) ends
 * the kiosk.
 */
public final class Lockdown {

    /** Looked up when used, not when the class loads: it runs before the first frame, Logback starts after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(Lockdown.class);
    }

    private Lockdown() {
    }

    public static void apply(Stage stage, Scene scene) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(event -> event.consume());
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, ContextMenuEvent::consume);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, KeyEvent::consume);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, KeyEvent::consume);
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> toRootOnly(scene, event));
        scene.setCursor(Cursor.NONE);
        // Under a bare X server there is no window manager to honour full screen: size to the screen too.
        var bounds = Screen.getPrimary().getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setResizable(false);
        // Whatever leaves full screen or minimises the window (a window manager, a stray key), undo it.
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full && stage.isShowing()) {
                Platform.runLater(() -> stage.setFullScreen(true));
            }
        });
        stage.iconifiedProperty().addListener((obs, was, iconified) -> {
            if (iconified) {
                Platform.runLater(() -> stage.setIconified(false));
            }
        });
        // Full screen once the window exists: some platforms (Monocle, bare X) need a shown window first.
        if (stage.isShowing()) {
            stage.setFullScreen(true);
        } else {
            stage.showingProperty().addListener((obs, was, showing) -> {
                if (showing) {
                    Platform.runLater(() -> stage.setFullScreen(true));
                }
            });
        }
    }

    /** A typed character aimed at a focused control goes to the root instead (the wedge scanner listens there). */
    private static void toRootOnly(Scene scene, KeyEvent event) {
        Parent root = scene.getRoot();
        if (root == null || event.getTarget() == root) {
            return;
        }
        event.consume();
        root.fireEvent(event.copyFor(root, root));
    }

    /**
     * Installs the last line of defence: an exception nobody caught, on the FX thread or any other, is
     * recorded (its type and where it came from, never its message: messages can quote personal data)
     * and {@code restartVisit} is run on the FX thread, so the kiosk drops the visit and shows its attract
     * screen instead of freezing. Returns the count of uncaught failures seen so far (for metrics).
     */
    public static AtomicInteger guardUncaught(Runnable restartVisit) {
        AtomicInteger failures = new AtomicInteger();
        Thread.UncaughtExceptionHandler handler = (thread, failure) -> {
            int n = failures.incrementAndGet();
            log().error("uncaught {} on thread {} ({} so far): the visit restarts{}", failure.getClass().getName(),
                    thread.getName(), n, where(failure));
            Runnable restart = () -> {
                try {
                    restartVisit.run();
                } catch (RuntimeException again) {
                    log().error("restarting the visit failed too: {}{}", again.getClass().getName(), where(again));
                }
            };
            if (Platform.isFxApplicationThread()) {
                restart.run();
            } else {
                Platform.runLater(restart);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        } else {
            Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(handler));
        }
        return failures;
    }

    private static String where(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("kiosk.")) {
                return " at " + frame.getClassName() + ":" + frame.getLineNumber();
            }
        }
        return "";
    }
}
