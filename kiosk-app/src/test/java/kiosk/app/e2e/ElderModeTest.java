package kiosk.app.e2e;

import static kiosk.app.e2e.ResidentJourneyTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
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
 * Elder mode across a whole service through the real views, headless: switched on at the attract
 * screen, every text of every screen of the traffic-fines service to the payment is at least 32 px, one
 * fine per page with page buttons of at least 64 px, twice the time to pay; it ends with the visit.
 */
@ExtendWith(ApplicationExtension.class)
class ElderModeTest {

    @TempDir
    static Path dir;

    private TestKiosk test;
    private KioskView view;

    @Start
    void start(Stage stage) {
        test = TestKiosk.start(dir.resolve("elder-" + System.nanoTime()),
                new KioskConfig.Session(Duration.ofSeconds(90), Duration.ofSeconds(20), Duration.ofSeconds(60)),
                KioskAssembly.Options.DEFAULT);
        view = KioskWindow.show(stage, test.kiosk.messages(), test.kiosk.flow(), false, "test");
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void elderModeHoldsOnEveryScreenOfAServiceAndEndsWithTheVisit(FxRobot robot) throws Exception {
        test.awaitDevicesReady();
        waitFor(robot, "#elder");
        robot.clickOn("#elder");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.root().getStyleClass().contains("elder"));
        List<String> screens = new ArrayList<>();
        screens.add(largeTextOnly(robot, "attract"));
        robot.clickOn("#attract");
        waitFor(robot, "#lang-zh-CN");
        screens.add(largeTextOnly(robot, "language"));
        robot.clickOn("#lang-zh-CN");
        waitFor(robot, "#identify");
        screens.add(largeTextOnly(robot, "identify"));
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        waitFor(robot, "#menu");
        screens.add(largeTextOnly(robot, "menu"));
        // Fewer services per page: the resident pages on to the traffic services.
        for (int page = 0; page < 6 && robot.lookup("#service-traffic-fines").tryQuery().isEmpty(); page++) {
            robot.clickOn("#page-next");
            WaitForAsyncUtils.waitForFxEvents();
            screens.add(largeTextOnly(robot, "menu page " + (page + 2)));
        }
        robot.interact(() -> ((Button) view.root().lookup("#service-traffic-fines")).fire());
        waitFor(robot, "#choice");
        screens.add(largeTextOnly(robot, "choice"));

        // Fewer items: one fine with its details per page, the others a page button away.
        ScreenModel.Choice fines = (ScreenModel.Choice) test.kiosk.flow().state().model();
        assertThat(fines.options()).hasSizeGreaterThan(1);
        assertThat(robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("option-")).queryAll()).hasSize(1);
        Button next = robot.lookup("#page-next").queryButton();
        assertThat(next.getHeight()).isGreaterThanOrEqualTo(64);
        assertThat(next.getWidth()).isGreaterThanOrEqualTo(64);
        String firstShown = robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("option-")).query().getId();
        robot.clickOn("#page-next");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.ask(() -> !firstShown.equals(robot.lookup((Node n) -> n.getId() != null
                && n.getId().startsWith("option-")).query().getId())));
        screens.add(largeTextOnly(robot, "choice page 2"));

        robot.clickOn("#next");
        waitFor(robot, "#basket");
        screens.add(largeTextOnly(robot, "basket"));
        robot.clickOn("#pay");
        waitFor(robot, "#payment");
        screens.add(largeTextOnly(robot, "payment"));
        ScreenModel.Payment payment = (ScreenModel.Payment) test.kiosk.flow().state().model();
        assertThat(payment.secondsLeft()).as("twice the configured 60 s to pay").isGreaterThan(100);
        robot.clickOn("#help");
        waitFor(robot, "#help-step");
        screens.add(largeTextOnly(robot, "help"));
        robot.clickOn("#help-close");

        robot.interact(() -> test.kiosk.flow().finish());
        waitFor(robot, "#leave-confirm");
        screens.add(largeTextOnly(robot, "leave the payment?"));
        robot.clickOn("#leave-confirm");
        waitFor(robot, "#attract");
        assertThat(test.kiosk.flow().state().elder()).as("elder mode is for the visit only").isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !view.root().getStyleClass().contains("elder"));
        assertThat(screens).hasSizeGreaterThanOrEqualTo(11);
    }

    /** Every visible text on screen is at least 32 px (measured from the font each label got). */
    private String largeTextOnly(FxRobot robot, String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> small = new ArrayList<>();
        robot.interact(() -> collect(view.root(), small));
        assertThat(small).as(screen + ": texts below 32 px").isEmpty();
        assertThat(view.root().getStyleClass()).as(screen).contains("elder");
        return screen;
    }

    private static void collect(Node node, List<String> small) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getFont().getSize() < 32) {
            small.add(l.getText() + " (" + l.getFont().getSize() + " px)");
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, small));
        }
    }
}
