package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kiosk.app.admin.AdminAction;
import kiosk.app.admin.AdminState;
import kiosk.app.admin.AuditRecord;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.assembly.Operations;
import kiosk.app.flow.ScreenModel;
import kiosk.app.ui.KioskWindow;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.config.PinHash;
import kiosk.peripherals.device.CardReaderDetail;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A staff card on the ID reader while admin mode's PIN pad shows, on a whole kiosk (backend-stub, simulated
 * SAM reader and real driver, the window headless): a listed card opens admin mode with that staff member's
 * id in the audit, an unlisted one counts as a wrong attempt toward the lockout, and the card's data is in
 * no log line, audit record or event. Outside the PIN pad the same card is a resident's card, as before.
 */
@ExtendWith(ApplicationExtension.class)
class StaffCardTest {

    @TempDir
    static Path dir;

    private static final ResidentIdCard STAFF = SampleCards.liNa();
    private static final ResidentIdCard STRANGER = SampleCards.wangMing();

    private BackendStub stub;
    private KioskAssembly kiosk;
    private ListAppender<ILoggingEvent> logs;

    @Start
    void start(Stage stage) {
        Path here = dir.resolve("staff-card-" + System.nanoTime());
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).build());
        KioskConfig base = DemoConfig.load();
        KioskConfig.Staff staff = new KioskConfig.Staff("S-0107", PinHash.create("246810".toCharArray(), 1000),
                Optional.of(PinHash.create(STAFF.documentNumber().toCharArray(), 1000)));
        KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                .withJournal(new KioskConfig.Journal(here.resolve("journal.db")))
                .withAdmin(new KioskConfig.Admin(List.of(staff), 3, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(2)));
        captureLogs();
        kiosk = KioskAssembly.start(config, new Operations.Settings(InetAddress.getLoopbackAddress(), 0, here.resolve("fleet.db"),
                Duration.ofSeconds(2)));
        KioskWindow.show(stage, kiosk.messages(), kiosk.flow(), kiosk.admin().model(), false, "test");
    }

    @AfterEach
    void stop() {
        kiosk.close();
        stub.close();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
    }

    private void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logs = new ListAppender<>();
        logs.setContext(context);
        logs.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
    }

    private SamModuleSimulator reader() {
        await().atMost(Duration.ofSeconds(15)).until(() -> kiosk.devices().find("id-reader").orElseThrow().status().state().isUsable());
        return kiosk.rack().first(SamModuleSimulator.class).orElseThrow();
    }

    private static void until(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
        });
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void openPinPad(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.clickOn(1270, 10);
        }
        until(robot, "#admin-pin-title");
    }

    private AdminState admin() {
        return kiosk.admin().model().state();
    }

    /** Presents a card and takes it away once the reader has served it. */
    private void present(SamModuleSimulator reader, ResidentIdCard card, java.util.concurrent.Callable<Boolean> then) {
        int served = reader.readsServed();
        reader.insert(card);
        await().atMost(Duration.ofSeconds(15)).until(() -> reader.readsServed() > served);
        await().atMost(Duration.ofSeconds(15)).until(then);
        reader.remove();
        // the reader reads a card once until it sees it gone (a card left on it is not read again)
        await().atMost(Duration.ofSeconds(15)).until(() -> !(kiosk.devices().find("id-reader").orElseThrow().status().detail()
                instanceof CardReaderDetail d) || d.equals(CardReaderDetail.NO_CARD));
    }

    @Test
    void aListedStaffCardOpensAdminModeAndAnUnlistedOneCountsAsAWrongAttempt(FxRobot robot) throws Exception {
        SamModuleSimulator reader = reader();
        openPinPad(robot);
        present(reader, STRANGER, () -> text(robot, "#admin-notice").contains("再错 2 次"));
        assertThat(admin().phase()).isEqualTo(AdminState.Phase.PIN_ENTRY);

        present(reader, STAFF, () -> admin().phase() == AdminState.Phase.OPEN);
        until(robot, "#admin-section-DEVICES");
        assertThat(text(robot, "#admin-staff")).isEqualTo("工作人员 S-0107");
        List<AuditRecord> audit = kiosk.admin().audit().recent(10);
        assertThat(audit).extracting(AuditRecord::action).startsWith(AdminAction.ENTERED, AdminAction.ENTRY_REFUSED);
        assertThat(audit.get(0).staffId()).isEqualTo("S-0107");
        assertThat(audit.get(0).subject()).isEqualTo("card");
        // the resident flow never saw either card
        assertThat(kiosk.flow().state().model()).isInstanceOf(ScreenModel.Attract.class);
        noPersonalData();
    }

    @Test
    void unlistedCardsLockThePadLikeWrongPins(FxRobot robot) throws Exception {
        SamModuleSimulator reader = reader();
        openPinPad(robot);
        present(reader, STRANGER, () -> text(robot, "#admin-notice").contains("再错 2 次"));
        present(reader, SampleCards.zhaoMin(), () -> text(robot, "#admin-notice").contains("再错 1 次"));
        present(reader, SampleCards.chenJing(), () -> text(robot, "#admin-notice").contains("秒后再试"));
        assertThat(admin().lockedUntil()).isPresent();
        // locked: even the listed card is not checked now
        try {
            present(reader, STAFF, () -> kiosk.admin().audit().recent(5).stream().filter(r -> r.action() == AdminAction.LOCKED_OUT).count() == 2);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(kiosk.admin().audit().recent(10) + " " + admin(), e);
        }
        assertThat(admin().phase()).isEqualTo(AdminState.Phase.PIN_ENTRY);
        noPersonalData();
    }

    @Test
    void outsideThePinPadTheSameCardIsAResidentsCard(FxRobot robot) throws Exception {
        SamModuleSimulator reader = reader();
        robot.clickOn("#attract");
        until(robot, "#lang-zh-CN");
        robot.clickOn("#lang-zh-CN");
        until(robot, "#identify");
        reader.insert(STAFF);
        until(robot, "#menu");
        assertThat(admin().phase()).isEqualTo(AdminState.Phase.CLOSED);
        assertThat(kiosk.admin().audit().recent(10)).isEmpty();
    }

    private void noPersonalData() {
        List<String> texts = new java.util.ArrayList<>();
        logs.list.forEach(e -> texts.add(e.getFormattedMessage()));
        kiosk.admin().audit().recent(50).forEach(r -> texts.add(r.toString()));
        texts.add(kiosk.admin().model().state().toString());
        assertThat(texts).isNotEmpty();
        for (ResidentIdCard card : List.of(STAFF, STRANGER)) {
            for (String secret : List.of(card.documentNumber(), card.name(), card.documentNumber().substring(6, 14))) {
                assertThat(texts).as("texts mentioning a card's data").noneMatch(t -> t != null && t.contains(secret));
            }
        }
    }
}
