package kiosk.app.e2e;

import static kiosk.app.e2e.ResidentJourneyTest.label;
import static kiosk.app.e2e.ResidentJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Formats;
import kiosk.app.i18n.Language;
import kiosk.app.model.PaymentOrder;
import kiosk.app.ui.KioskView;
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
 * Elder mode switched on while the payment screen is live, through the real views, headless: the order
 * stays (same order, same amount, still open at the backend), the countdown goes on with elder mode's
 * longer time added, nothing asks to
 * leave the payment, and the screen is drawn in elder mode; the order then pays as before.
 */
@ExtendWith(ApplicationExtension.class)
class ElderDuringPaymentTest {

    @TempDir
    static Path dir;

    private TestKiosk test;
    private KioskView view;

    @Start
    void start(Stage stage) {
        test = TestKiosk.start(dir.resolve("elder-pay-" + System.nanoTime()),
                new KioskConfig.Session(Duration.ofSeconds(90), Duration.ofSeconds(20), Duration.ofSeconds(120)),
                KioskAssembly.Options.DEFAULT);
        view = KioskWindow.show(stage, test.kiosk.messages(), test.kiosk.flow(), false, "test");
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void elderModeSwitchedOnDuringPaymentKeepsTheOrderAndItsCountdown(FxRobot robot) throws Exception {
        test.awaitDevicesReady();
        VisitEngine flow = test.kiosk.flow();
        robot.interact(() -> {
            flow.start();
            flow.chooseLanguage(Language.EN);
        });
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        flow.chooseService("traffic.fines");
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Choice.class) && !flow.state().busy());
        TestKiosk.payChosen(flow);
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Payment.class) && !flow.state().busy());
        waitFor(robot, "#payment");
        ScreenModel.Payment before = (ScreenModel.Payment) flow.state().model();
        assertThat(flow.state().elder()).isFalse();

        robot.clickOn("#elder");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.root().getStyleClass().contains("elder"));
        waitFor(robot, "#payment");
        assertThat(flow.state().elder()).isTrue();
        assertThat(flow.state().overlay()).as("no \"leave the payment?\"").isNull();
        assertThat(robot.lookup("#leave-confirm").tryQuery()).isEmpty();
        ScreenModel.Payment during = (ScreenModel.Payment) flow.state().model();
        // elder mode's longer time: the 120 s payment timeout once more (the stub's orders live longer)
        assertThat(during.secondsLeft()).as("time left once elder mode is on")
                .isGreaterThan(before.secondsLeft() + 110).isLessThanOrEqualTo(before.secondsLeft() + 120);
        assertThat(during.orderId()).isEqualTo(before.orderId());
        assertThat(during.amountCents()).isEqualTo(before.amountCents());
        assertThat(label(robot, "#payment-amount")).contains(Formats.money(before.amountCents(), Language.EN));
        Label amount = robot.lookup("#payment-amount").queryAs(Label.class);
        assertThat(amount.getFont().getSize()).as("elder type").isGreaterThanOrEqualTo(32);

        // The countdown goes on from where it was, on screen too; the order is still open.
        String shownBefore = label(robot, "#payment-countdown");
        await().atMost(Duration.ofSeconds(10)).until(() -> ((ScreenModel.Payment) flow.state().model()).secondsLeft()
                < during.secondsLeft());
        ScreenModel.Payment later = (ScreenModel.Payment) flow.state().model();
        assertThat(later.secondsLeft()).isLessThan(during.secondsLeft()).isGreaterThan(before.secondsLeft());
        assertThat(later.orderId()).isEqualTo(before.orderId());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !label(robot, "#payment-countdown").equals(shownBefore));
        assertThat(test.kiosk.backend().order(before.orderId()).status()).isEqualTo(PaymentOrder.Status.PENDING);

        test.kiosk.backend().simulatePayment(before.orderId()); // the resident's phone pays
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().shows(ScreenModel.Done.class));
        assertThat(((ScreenModel.Done) flow.state().model()).orderId()).isEqualTo(before.orderId());
        assertThat(flow.state().elder()).isTrue();
    }
}
