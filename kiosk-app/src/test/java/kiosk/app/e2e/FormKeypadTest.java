package kiosk.app.e2e;

import static kiosk.app.e2e.ResidentJourneyTest.label;
import static kiosk.app.e2e.ResidentJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.KioskWindow;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The form's keypads through the real views and engine, headless: the province picker, a new-energy
 * plate of 8 characters refused a ninth, OK moving the keypad to the engine number, validation as typed,
 * and OK on the last complete input continuing the service.
 */
@ExtendWith(ApplicationExtension.class)
class FormKeypadTest {

    @TempDir
    static Path dir;

    private TestKiosk test;

    @Start
    void start(Stage stage) {
        test = TestKiosk.start(dir.resolve("form-" + System.nanoTime()), Duration.ofSeconds(90), Duration.ofSeconds(20));
        KioskWindow.show(stage, test.kiosk.messages(), test.kiosk.flow(), false, "test");
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aNewEnergyPlateAndAnEngineTailAreTypedOnTheFormsKeypads(FxRobot robot) throws Exception {
        test.awaitDevicesReady();
        robot.clickOn("#attract");
        waitFor(robot, "#lang-zh-CN");
        robot.clickOn("#lang-zh-CN");
        waitFor(robot, "#identify");
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        waitFor(robot, "#menu");
        robot.interact(() -> {
            for (int i = 0; i < 5 && robot.lookup("#service-traffic-fines-by-plate").tryQuery().isEmpty(); i++) {
                test.kiosk.flow().turnPage(1);
            }
            robot.lookup("#service-traffic-fines-by-plate").queryAs(Button.class).fire();
        });
        waitFor(robot, "#form");
        // The province picker first: no digit or letter yet.
        assertThat(robot.lookup("#key-1").tryQuery()).isEmpty();
        tap(robot, "浙");
        assertThat(key(robot, "1").isDisabled()).as("the issuing office's letter comes next").isTrue();
        tap(robot, "DF1234");
        tap(robot, "5");
        assertThat(label(robot, "#input-plate")).isEqualTo("浙DF12345");
        assertThat(robot.lookup((Node n) -> n instanceof Button b && b.getStyleClass().contains("key") && b.getUserData() != null
                && !b.isDisabled()).queryAll()).as("nothing after 8 characters").isEmpty();
        ScreenModel.Form form = (ScreenModel.Form) test.kiosk.flow().state().model();
        assertThat(form.active().name()).isEqualTo("plate");
        assertThat(form.active().complete()).isTrue();

        robot.clickOn("#keypad-confirm");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((ScreenModel.Form) test.kiosk.flow().state().model())
                .active().name().equals("engine"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#keypad-confirm").queryButton().isDisabled()).isTrue();
        tap(robot, "7001");
        assertThat(robot.lookup("#keypad-confirm").queryButton().isDisabled()).as("4 characters are enough").isFalse();
        tap(robot, "23");
        assertThat(key(robot, "4").isDisabled()).as("at most 6").isTrue();
        assertThat(label(robot, "#input-engine")).isEqualTo("700123");

        robot.clickOn("#keypad-confirm");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !test.kiosk.flow().state().shows(ScreenModel.Form.class)
                && !test.kiosk.flow().state().busy());
        assertThat(test.kiosk.flow().state().model()).isNotInstanceOf(ScreenModel.Form.class);
    }

    private static Button key(FxRobot robot, String key) {
        return robot.lookup((Node n) -> n instanceof Button && key.equals(n.getUserData())).queryButton();
    }

    private static void tap(FxRobot robot, String keys) {
        for (int cp : keys.codePoints().toArray()) {
            String k = Character.toString(cp);
            WaitForAsyncUtils.waitForFxEvents();
            Button button = key(robot, k);
            assertThat(button.isDisabled()).as("key " + k).isFalse();
            robot.clickOn(button);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
