package kiosk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.e2e.OnFx;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Txt;
import kiosk.app.i18n.Language;
import kiosk.app.ui.KioskWindow;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo as a person uses it: the simulator panel inserts the card and pays with the "phone", the
 * kiosk window reacts through its real drivers, and the printed receipt shows up in the panel.
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorPanelTest {

    @TempDir
    static Path dir;

    private BackendStub stub;
    private KioskAssembly kiosk;

    @Start
    void start(Stage panelStage) {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().build());
        KioskConfig base = DemoConfig.load();
        kiosk = KioskAssembly.start(base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                .withJournal(new KioskConfig.Journal(dir.resolve("panel-" + System.nanoTime() + ".db"))));
        KioskWindow.show(new Stage(), kiosk.messages(), kiosk.flow(), false, "kiosk");
        SimulatorPanel panel = new SimulatorPanel(Language.EN, kiosk.rack(), kiosk.backend(), kiosk.io());
        kiosk.flow().subscribe(panel.flowListener());
        panelStage.setScene(new Scene(panel.root(), 460, 800));
        panelStage.show();
    }

    @AfterEach
    void stop() {
        kiosk.close();
        stub.close();
    }

    @Test
    void insertCardPayWithThePhoneAndSeeTheReceipt(FxRobot robot) throws Exception {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> kiosk.devices().devices().stream().allMatch(d -> d.status().state().isUsable()));
        robot.interact(() -> kiosk.flow().start());
        robot.interact(() -> kiosk.flow().chooseLanguage(Language.ZH_CN));
        waitFor(robot, "#identify");
        press(robot, "#sim-card-insert");
        waitFor(robot, "#menu");
        press(robot, "#service-traffic-fines");
        waitFor(robot, "#choice");
        press(robot, "#next");
        waitFor(robot, "#basket");
        press(robot, "#pay");
        waitFor(robot, "#payment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.ask(() -> !robot.lookup("#sim-pay").queryAs(Button.class).isDisabled()));
        press(robot, "#sim-pay");
        waitFor(robot, "#done-printed");
        EscPosPrinterSimulator printer = kiosk.rack().first(EscPosPrinterSimulator.class).orElseThrow();
        assertThat(printer.receipts()).hasSize(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.shows(robot, "Printed receipts (1)"));
    }

    @Test
    void paperOutFromThePanelPausesPaymentsOnTheKiosk(FxRobot robot) throws Exception {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> kiosk.devices().devices().stream().allMatch(d -> d.status().state().isUsable()));
        press(robot, "#sim-paper-out");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !kiosk.devices()
                .find("receipt-printer").orElseThrow().status().state().isUsable()
                || kiosk.devices().find("receipt-printer").orElseThrow().status().detail()
                        instanceof kiosk.peripherals.device.PrinterDetail d && !d.canPrint());
        robot.interact(() -> kiosk.flow().start());
        robot.interact(() -> kiosk.flow().chooseLanguage(Language.EN));
        press(robot, "#sim-card-insert");
        waitFor(robot, "#menu");
        Button fines = robot.lookup("#service-traffic-fines").queryAs(Button.class);
        assertThat(fines.getStyleClass()).contains("unavailable");
        ScreenModel.Menu menu = (ScreenModel.Menu) kiosk.flow().state().model();
        assertThat(menu.groups().get(0).services().get(0).reason()).isEqualTo(Txt.key("menu.unavailable.printer"));
        // A tap says at once why, and where to go instead.
        robot.interact(fines::fire);
        assertThat(kiosk.flow().state().model()).isInstanceOfSatisfying(ScreenModel.OutOfService.class,
                out -> assertThat(out.reason()).isEqualTo(Txt.key("menu.unavailable.printer")));
    }

    /** Buttons are pressed by firing them: the two windows overlap on Monocle's one small screen. */
    private static void press(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryAs(Button.class);
        robot.interact(button::fire);
    }

    private void waitFor(FxRobot robot, String query) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OnFx.shows(robot, query));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never showed; the kiosk is at " + kiosk.flow().state(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
