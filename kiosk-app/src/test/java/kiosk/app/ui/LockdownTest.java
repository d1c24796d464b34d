package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Production lockdown: no way out for a resident, no menus, no cursor. */
@ExtendWith(ApplicationExtension.class)
class LockdownTest {

    private Stage stage;
    private Scene scene;
    private Label target;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.target = new Label("kiosk");
        this.scene = new Scene(new StackPane(target), 640, 400);
        stage.setScene(scene);
        Lockdown.apply(stage, scene);
        stage.show();
    }

    @Test
    void closeRequestsAreVetoedAndThereIsNoExitKey(FxRobot robot) {
        robot.interact(() -> Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(stage.getFullScreenExitHint()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
    }

    @Test
    void contextMenusNeverReachTheViewsAndTheCursorIsHidden(FxRobot robot) {
        boolean[] reached = {false};
        robot.interact(() -> target.setOnContextMenuRequested(e -> reached[0] = true));
        robot.interact(() -> Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                10, 10, 10, 10, false, null)));
        assertThat(reached[0]).isFalse();
        assertThat(scene.getCursor()).isEqualTo(Cursor.NONE);
    }
}
