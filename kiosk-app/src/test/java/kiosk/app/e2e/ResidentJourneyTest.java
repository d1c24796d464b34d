package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.KioskWindow;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.printer.escpos.sim.PrintedReceipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walking skeleton end to end, headless: attract -> language -> ID card (SAM simulator, real
 * driver) -> lookup (real stub over HTTP) -> violations -> scan-to-pay -> paid -> receipt (real ESC/POS
 * bytes interpreted by the printer simulator) -> finish -> everything wiped.
 */
@ExtendWith(ApplicationExtension.class)
class ResidentJourneyTest {

    @TempDir
    static Path dir;

    private TestKiosk test;

    @Start
    void start(Stage stage) {
        test = TestKiosk.start(dir.resolve("journey-" + System.nanoTime()), Duration.ofSeconds(90), Duration.ofSeconds(20));
        KioskWindow.show(stage, test.kiosk.messages(), test.kiosk.flow(), false, "test");
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void zhCnResidentPaysFinesAndGetsAReceipt(FxRobot robot) throws Exception {
        PrintedReceipt receipt = payFinesAs(robot, "zh-CN");
        assertThat(receipt.complete()).isTrue();
        assertThat(receipt.text()).contains("公安自助服务凭证", "交通违法罚款", "张*", "330602********1256", "¥400.00")
                .doesNotContain("张伟", "330602198503151256");
        assertThat(receipt.image().getHeight()).isGreaterThan(200);
        finishAndCheckWiped(robot);
    }

    @Test
    void englishResidentPaysFinesAndGetsAnEnglishReceipt(FxRobot robot) throws Exception {
        PrintedReceipt receipt = payFinesAs(robot, "en");
        assertThat(receipt.text()).contains("Self-Service Receipt", "Traffic fine", "Total: CNY 400.00").doesNotContain("张伟");
        assertThat(label(robot, "#done-printed")).isEqualTo("Please take your receipt and your ID card");
        finishAndCheckWiped(robot);
    }

    private PrintedReceipt payFinesAs(FxRobot robot, String language) throws TimeoutException {
        test.awaitDevicesReady();
        robot.clickOn("#attract");
        waitFor(robot, "#lang-" + language);
        robot.clickOn("#lang-" + language);
        waitFor(robot, "#identify");
        SamModuleSimulator reader = test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow();
        reader.insert(SampleCards.zhangWei());
        waitFor(robot, "#menu");
        // The menu lists every service of three domains and scrolls: the tile is pressed where it is.
        javafx.scene.control.Button fines = robot.lookup("#service-traffic-fines").queryAs(javafx.scene.control.Button.class);
        robot.interact(fines::fire);
        waitFor(robot, "#choice");
        assertThat(label(robot, "#choice-total")).contains(kiosk.app.i18n.Formats.money(40000, kiosk.app.i18n.Language.of(java.util.Locale.forLanguageTag(language))));
        robot.clickOn("#next");
        waitFor(robot, "#basket");
        assertThat(label(robot, "#basket-total")).contains(kiosk.app.i18n.Formats.money(40000, kiosk.app.i18n.Language.of(java.util.Locale.forLanguageTag(language))));
        robot.clickOn("#pay");
        waitFor(robot, "#payment");
        String orderId = ((ScreenModel.Payment) test.kiosk.flow().state().model()).orderId();
        EscPosPrinterSimulator printer = test.kiosk.rack().first(EscPosPrinterSimulator.class).orElseThrow();
        int printedBefore = printer.receipts().size();
        try {
            test.kiosk.backend().simulatePayment(orderId); // the resident's phone pays
        } catch (Exception e) {
            throw new AssertionError("simulated payer failed", e);
        }
        waitFor(robot, "#done");
        assertThat(printer.receipts()).hasSize(printedBefore + 1);
        return printer.lastReceipt();
    }

    private void finishAndCheckWiped(FxRobot robot) throws TimeoutException {
        robot.clickOn("#finish");
        waitFor(robot, "#attract");
        assertThat(test.kiosk.flow().state().model()).isInstanceOf(ScreenModel.Attract.class);
        assertThat(test.kiosk.flow().holdsResidentData()).isFalse();
        assertThat(robot.lookup(node -> node instanceof Labeled l && l.getText() != null
                && (l.getText().contains("张") || l.getText().contains("1256") || l.getText().contains("330602"))).queryAll()).isEmpty();
    }

    static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OnFx.shows(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String label(FxRobot robot, String query) {
        return OnFx.ask(() -> ((Label) robot.lookup(query).query()).getText());
    }
}
