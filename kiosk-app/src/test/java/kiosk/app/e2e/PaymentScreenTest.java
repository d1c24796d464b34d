package kiosk.app.e2e;

import static kiosk.app.e2e.ResidentJourneyTest.label;
import static kiosk.app.e2e.ResidentJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
import kiosk.app.model.PaymentOrder;
import kiosk.app.ui.KioskWindow;
import kiosk.config.KioskConfig;
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
 * The payment screen through the real views, headless: the countdown as mm:ss, Back and Home asking
 * first and saying what happens to the money, help on the payment step, and the 30-second warning
 * with its "more time" button.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentScreenTest {

    @TempDir
    static Path dir;

    private TestKiosk test;

    @Start
    void start(Stage stage) {
        test = TestKiosk.start(dir.resolve("pay-" + System.nanoTime()),
                new KioskConfig.Session(Duration.ofSeconds(90), Duration.ofSeconds(20), Duration.ofSeconds(40)),
                KioskAssembly.Options.DEFAULT);
        KioskWindow.show(stage, test.kiosk.messages(), test.kiosk.flow(), false, "test");
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aResidentOnThePaymentScreenIsAskedBeforeLeavingAndCanAskForMoreTime(FxRobot robot) throws Exception {
        toPayment(robot);
        assertThat(label(robot, "#payment-countdown")).matches("剩余时间 00:[0-4]\\d");
        assertThat(label(robot, "#payment-code-hint")).contains("付款码");

        robot.clickOn("#back");
        waitFor(robot, "#leave-payment");
        assertThat(label(robot, "#leave-money")).contains("¥400.00").contains("不会扣款");
        robot.clickOn("#leave-stay");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !OnFx.shows(robot, "#leave-payment"));
        assertThat(robot.lookup("#payment").tryQuery()).isPresent();

        robot.clickOn("#help");
        waitFor(robot, "#help-step");
        assertThat(label(robot, "#help-step")).isEqualTo(test.kiosk.messages().get(kiosk.app.i18n.Language.ZH_CN,
                "help.step.payment"));
        assertThat(label(robot, "#help-hotline")).contains("0575-8511 0110");
        robot.clickOn("#help-close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.ask(() -> robot.lookup("#help").tryQuery()
                .map(n -> n instanceof Button).orElse(false) && robot.lookup("#help-step").tryQuery().isEmpty()));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OnFx.shows(robot, "#payment-warning"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#payment-warning")).contains("00:");
        robot.clickOn("#payment-extend");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !OnFx.shows(robot, "#payment-warning"));
        assertThat(((ScreenModel.Payment) test.kiosk.flow().state().model()).secondsLeft()).isGreaterThan(30);

        String orderId = ((ScreenModel.Payment) test.kiosk.flow().state().model()).orderId();
        robot.clickOn("#home");
        waitFor(robot, "#leave-confirm");
        robot.clickOn("#leave-confirm");
        waitFor(robot, "#attract");
        assertThat(test.kiosk.flow().holdsResidentData()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                test.kiosk.backend().order(orderId).status() == PaymentOrder.Status.CANCELLED);
    }

    private void toPayment(FxRobot robot) throws Exception {
        test.awaitDevicesReady();
        robot.clickOn("#attract");
        waitFor(robot, "#lang-zh-CN");
        robot.clickOn("#lang-zh-CN");
        waitFor(robot, "#identify");
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        waitFor(robot, "#menu");
        Button fines = robot.lookup("#service-traffic-fines").queryAs(Button.class);
        robot.interact(fines::fire);
        waitFor(robot, "#choice");
        robot.clickOn("#next");
        waitFor(robot, "#basket");
        robot.clickOn("#pay");
        waitFor(robot, "#payment");
    }
}
