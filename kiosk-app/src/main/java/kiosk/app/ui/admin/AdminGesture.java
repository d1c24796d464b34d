package kiosk.app.ui.admin;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import kiosk.app.admin.CornerTaps;

/**
 * Watches a root node for the hidden admin gesture ({@link CornerTaps}: five quick taps in the top-right
 * corner) and calls {@code onGesture}. It only listens: the taps still reach the resident's screen.
 */
public final class AdminGesture {

    private AdminGesture() {
    }

    /** Attaches to {@code root}; returns the filter so a caller can remove it. */
    public static EventHandler<MouseEvent> attach(Node root, CornerTaps taps, Runnable onGesture) {
        EventHandler<MouseEvent> filter = e -> {
            if (root.getScene() != null && taps.tap(e.getSceneX(), e.getSceneY(), root.getScene().getWidth(),
                    root.getScene().getHeight(), System.nanoTime() / 1_000_000)) {
                onGesture.run();
            }
        };
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, filter);
        return filter;
    }
}
