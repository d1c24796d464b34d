package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.ui.KioskWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A keyboard-wedge scanner's burst reaches the flow as a scan; a person typing does not. */
@ExtendWith(ApplicationExtension.class)
class KeyboardWedgeTest {

    @TempDir
    static Path dir;

    private TestKiosk test;
    private Scene scene;

    @Start
    void start(Stage stage) {
        test = TestKiosk.start(dir.resolve("wedge-" + System.nanoTime()), Duration.ofSeconds(90), Duration.ofSeconds(20));
        KioskWindow.show(stage, test.kiosk.messages(), test.kiosk.flow(), false, "test");
        scene = stage.getScene();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aScannerBurstOnTheIdCardStepIsAnswered(FxRobot robot) throws Exception {
        toInsertCard(robot);
        robot.interact(() -> type("https://e.example.gov.cn/id/9F2C\r")); // one burst, no gaps
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                test.kiosk.flow().state().model() instanceof ScreenModel.Identify i && i.problem() != null);
        ScreenModel.Identify identify = (ScreenModel.Identify) test.kiosk.flow().state().model();
        assertThat(identify.problem().code()).isEqualTo("IDENTITY_CODE_MALFORMED"); // the backend's own refusal
        assertThat(identify.problem().words().in(java.util.Locale.forLanguageTag("zh-CN"))).contains("电子身份码");
    }

    @Test
    void slowTypingIsNotAScan(FxRobot robot) throws Exception {
        toInsertCard(robot);
        for (char c : "1234\r".toCharArray()) {
            robot.interact(() -> type(String.valueOf(c)));
            Thread.sleep(120); // a person, not a scanner
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((ScreenModel.Identify) test.kiosk.flow().state().model()).problem()).isNull();
    }

    private void toInsertCard(FxRobot robot) {
        test.awaitReaderReady();
        robot.interact(() -> test.kiosk.flow().start());
        robot.interact(() -> test.kiosk.flow().chooseLanguage(Language.EN));
        assertThat(test.kiosk.flow().state().model()).isInstanceOf(ScreenModel.Identify.class);
    }

    private void type(String text) {
        for (char c : text.toCharArray()) {
            Event.fireEvent(scene.getRoot(), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                    false, false, false, false));
        }
    }
}
