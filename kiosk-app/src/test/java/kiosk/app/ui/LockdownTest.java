package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Production lockdown, tried with real key presses: no way out for a resident, no keyboard on the controls. */
@ExtendWith(ApplicationExtension.class)
class LockdownTest {

    private Stage stage;
    private Scene scene;
    private VBox root;
    private Label target;
    private Button english;
    private Button chinese;
    private TextField field;
    private final List<String> chosen = new CopyOnWriteArrayList<>();
    private final StringBuilder scanned = new StringBuilder();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.target = new Label("kiosk");
        this.english = new Button("English");
        this.chinese = new Button("中文");
        this.field = new TextField();
        english.setOnAction(e -> chosen.add("en"));
        chinese.setOnAction(e -> chosen.add("zh"));
        this.root = new VBox(target, english, chinese, field);
        // What KioskView does: a keyboard-wedge scanner's characters are classified at the root.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> scanned.append(e.getCharacter()));
        this.scene = new Scene(root, 640, 400);
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
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
    }

    @Test
    void tabThenSpaceOrEnterOrArrowsChooseNothing(FxRobot robot) {
        robot.interact(() -> english.requestFocus());
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DOWN, KeyCode.UP, KeyCode.RIGHT);
        robot.press(KeyCode.ALT).press(KeyCode.F4).release(KeyCode.F4).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen).as("no button fired by the keyboard").isEmpty();
        assertThat(english.isFocused()).as("Tab did not move the focus").isTrue();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void wedgeScannerInputReachesTheRootButNeverAFocusedControl(FxRobot robot) {
        robot.interact(() -> field.requestFocus());
        robot.write("QR12345");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scanned.toString()).startsWith("QR12345");
        assertThat(field.getText()).as("nothing typed into the focused field").isEmpty();
        assertThat(chosen).isEmpty();
    }

    @Test
    void leavingFullScreenComesBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setFullScreen(false));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(stage::isFullScreen);
    }

    @Test
    void anUncaughtFailureIsRecordedAndTheVisitRestarts(FxRobot robot) {
        AtomicInteger restarts = new AtomicInteger();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            AtomicInteger failures = Lockdown.guardUncaught(restarts::incrementAndGet);
            WaitForAsyncUtils.waitForFxEvents();
            Platform.runLater(() -> {
                throw new IllegalStateException("a view broke");
            });
            Thread worker = new Thread(() -> {
                throw new IllegalArgumentException("a device thread broke");
            });
            worker.start();
            // Awaitility would catch the worker's exception itself (its default) and fail the test: let the guard see it.
            Awaitility.await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(5)).until(() -> restarts.get() == 2);
            assertThat(failures.get()).isEqualTo(2);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
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
