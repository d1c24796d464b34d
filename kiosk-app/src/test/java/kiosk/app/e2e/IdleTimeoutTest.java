package kiosk.app.e2e;

import kiosk.app.flow.ScreenModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
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

/** A resident who walks away: warned, then the kiosk returns to the attract screen and forgets them. */
@ExtendWith(ApplicationExtension.class)
class IdleTimeoutTest {

    @TempDir
    static Path dir;

    private TestKiosk test;

    @Start
    void start(Stage stage) {
        test = TestKiosk.start(dir.resolve("idle-" + System.nanoTime()), Duration.ofSeconds(4), Duration.ofSeconds(2));
        KioskWindow.show(stage, test.kiosk.messages(), test.kiosk.flow(), false, "test");
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void warnsThenWipesTheResidentAndReturnsToAttract(FxRobot robot) throws Exception {
        identify(robot);
        ResidentJourneyTest.waitFor(robot, "#idle-warning");
        assertThat(ResidentJourneyTest.label(robot, "#idle-message")).contains("秒后将返回首页");
        ResidentJourneyTest.waitFor(robot, "#attract");
        assertThat(test.kiosk.flow().state().model()).isInstanceOf(ScreenModel.Attract.class);
        assertThat(test.kiosk.flow().holdsResidentData()).isFalse();
        assertThat(robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains("张")).queryAll())
                .isEmpty();
    }

    @Test
    void moreTimeKeepsTheVisit(FxRobot robot) throws Exception {
        identify(robot);
        ResidentJourneyTest.waitFor(robot, "#idle-warning");
        robot.clickOn("#idle-continue");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !OnFx.shows(robot, "#idle-warning"));
        assertThat(test.kiosk.flow().state().model()).isInstanceOf(ScreenModel.Menu.class);
        assertThat(test.kiosk.flow().holdsResidentData()).isTrue();
    }

    private void identify(FxRobot robot) throws Exception {
        test.awaitDevicesReady();
        robot.clickOn("#attract");
        ResidentJourneyTest.waitFor(robot, "#lang-zh-CN");
        robot.clickOn("#lang-zh-CN");
        ResidentJourneyTest.waitFor(robot, "#identify");
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        ResidentJourneyTest.waitFor(robot, "#menu");
    }
}
