package kiosk.app.ui;

import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Production lockdown: fullscreen with no exit key, close requests vetoed (Alt+F4 arrives as one), no
 * context menus, no cursor on a touch screen. Only the supervisor (systemd) ends the kiosk.
 */
public final class Lockdown {

    private Lockdown() {
    }

    public static void apply(Stage stage, Scene scene) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(event -> event.consume());
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, ContextMenuEvent::consume);
        scene.setCursor(Cursor.NONE);
        // Under a bare X server there is no window manager to honour full screen: size to the screen too.
        var bounds = Screen.getPrimary().getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setResizable(false);
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
}
