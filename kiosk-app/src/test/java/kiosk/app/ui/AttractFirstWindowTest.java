package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.assembly.Operations;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.platform.UiWatchdog;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up order of ./kiosk run: the attract screen first, the kiosk assembled behind it, then the
 * two connected. A tap in between is answered once connected; systemd hears READY only then; a journal
 * that cannot be used turns that window into the out-of-service screen; and the locked-down production
 * window, with admin mode's layer over the resident screens, still hears the keyboard-wedge scanner.
 */
@ExtendWith(ApplicationExtension.class)
class AttractFirstWindowTest {

    @TempDir
    Path dir;

    private Stage stage;
    private BackendStub stub;
    private KioskAssembly kiosk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxFonts.load();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void aTapOnTheAttractScreenBeforeTheKioskIsAssembledIsAnsweredOnceItConnects(FxRobot robot) throws Exception {
        List<String> notified = new CopyOnWriteArrayList<>();
        KioskWindow window = attractFirst(robot, notified, Language.EN, false);
        assertThat(robot.lookup("#attract").tryQuery()).as("the attract screen, at once").isPresent();
        assertThat(robot.lookup("." + KioskWindow.STARTING).tryQuery()).isPresent();

        robot.clickOn("#attract"); // a resident taps while the kiosk is still assembling
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notified).as("not serving yet: no READY").noneMatch(s -> s.startsWith("READY"));

        kiosk = assembled(); // off the FX thread, as RunCommand does
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                kiosk.devices().find("id-reader").orElseThrow().status().state().isUsable()
                && !(kiosk.flow().state().model() instanceof ScreenModel.Attract a && a.outOfService()));
        robot.interact(() -> window.connect(kiosk.flow(), kiosk.admin().model()));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.flow().state().model() instanceof ScreenModel.LanguageChoice);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("." + KioskWindow.STARTING).tryQuery()).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> notified.stream().anyMatch(s -> s.startsWith("READY=1")));
    }

    @Test
    void theLockedDownWindowWithAdminModeStillHearsTheScanner(FxRobot robot) throws Exception {
        kiosk = assembled();
        robot.interact(() -> KioskWindow.show(stage, kiosk.messages(), kiosk.flow(), kiosk.admin().model(), true, "test"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                kiosk.devices().find("id-reader").orElseThrow().status().state().isUsable()
                && !(kiosk.flow().state().model() instanceof ScreenModel.Attract a && a.outOfService()));
        robot.interact(() -> kiosk.flow().start());
        robot.interact(() -> kiosk.flow().chooseLanguage(Language.EN));
        assertThat(kiosk.flow().state().model()).isInstanceOf(ScreenModel.Identify.class);
        WaitForAsyncUtils.waitForFxEvents();

        // One burst typed at a button of the screen: the lockdown hands it to the scene's root
        Node button = robot.lookup("#elder").query();
        robot.interact(() -> {
            for (char c : "https://e.example.gov.cn/id/9F2C\r".toCharArray()) {
                Event.fireEvent(button, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                kiosk.flow().state().model() instanceof ScreenModel.Identify i && i.problem() != null);
        ScreenModel.Identify identify = (ScreenModel.Identify) kiosk.flow().state().model();
        assertThat(identify.problem().code()).as("the scan reached the backend").isEqualTo("IDENTITY_CODE_MALFORMED");
    }

    @Test
    void aJournalThatCannotBeUsedTurnsTheSameWindowIntoTheOutOfServiceScreen(FxRobot robot) throws Exception {
        List<String> notified = new CopyOnWriteArrayList<>();
        KioskWindow window = attractFirst(robot, notified, Language.ZH_CN, true);

        KioskConfig.Station station = DemoConfig.load().station();
        robot.interact(() -> StoppedWindow.show(window.stage(), new Messages(), station, "journal.fault.corrupt", true));

        assertThat(robot.lookup("#attract").tryQuery()).isEmpty();
        assertThat(robot.lookup("#stopped-staff").queryAs(javafx.scene.control.Label.class).getText()).contains("交易记录文件已损坏");
        assertThat(stage.isShowing()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> notified.stream().anyMatch(s -> s.startsWith("READY=1")));
    }

    /** The attract screen shown first, as a kiosk starts, with systemd's notifications going to {@code notified}. */
    private KioskWindow attractFirst(FxRobot robot, List<String> notified, Language language, boolean production)
            throws Exception {
        UiWatchdog watchdog = new UiWatchdog(notified::add, Platform::runLater);
        robot.interact(() -> FxServiceHooks.readyWhenAttractShown(watchdog));
        KioskWindow window = WaitForAsyncUtils.asyncFx(() ->
                KioskWindow.showFirst(stage, new Messages(), language, production, "test")).get();
        window.firstFrame().get(10, TimeUnit.SECONDS);
        return window;
    }

    private KioskAssembly assembled() {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().build());
        KioskConfig base = DemoConfig.load();
        KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")))
                .withFleet(new KioskConfig.Fleet(Duration.ofSeconds(2)));
        return KioskAssembly.start(config, new Operations.Settings(InetAddress.getLoopbackAddress(), 0, dir.resolve("fleet.db"),
                Duration.ofSeconds(1)));
    }
}
