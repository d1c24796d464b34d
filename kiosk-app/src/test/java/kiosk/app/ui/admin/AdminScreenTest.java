package kiosk.app.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kiosk.app.admin.AdminAction;
import kiosk.app.admin.AdminState;
import kiosk.app.admin.AdminTestKit;
import kiosk.app.admin.AuditRecord;
import kiosk.app.i18n.StaffTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Admin mode on screen, headless: the hidden gesture, the PIN pad and its lockout, every section, an audited action. */
@ExtendWith(ApplicationExtension.class)
class AdminScreenTest {

    private static final Path DIR = tempDir();

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private AdminTestKit kit;
    private final AtomicInteger gestures = new AtomicInteger();
    private Scene scene;

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("admin-screen");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        kit = new AdminTestKit(Files.createTempDirectory(DIR, "kiosk"), io);
        Label resident = new Label("resident screen");
        resident.setId("resident");
        StackPane root = new StackPane(resident, AdminScreen.build(kit.model(), StaffTexts.chinese()));
        AdminGesture.attach(root, kiosk.app.admin.CornerTaps.standard(), () -> {
            gestures.incrementAndGet();
            kit.model().begin();
        });
        scene = new Scene(root, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
        kit.close();
    }

    private void until(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
        });
    }

    private String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void typePin(FxRobot robot, String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#admin-pin-" + c);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-pin-dots").length() == pin.length());
        robot.clickOn("#admin-pin-ok");
    }

    private void enter(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.clickOn(1270, 10);
        }
        until(robot, "#admin-pin-title");
        typePin(robot, AdminTestKit.PIN);
        until(robot, "#admin-section-DEVICES");
    }

    @Test
    void fiveTapsInTheCornerThenThePinOpenAdminMode(FxRobot robot) {
        assertThat(robot.lookup("#admin-screen").query().isVisible()).isFalse();
        for (int i = 0; i < 4; i++) {
            robot.clickOn(1270, 10);
        }
        robot.clickOn(640, 400); // a tap elsewhere breaks the sequence
        robot.clickOn(1270, 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gestures.get()).isZero();
        enter(robot);
        assertThat(gestures.get()).isEqualTo(1);
        assertThat(text(robot, "#admin-staff")).isEqualTo("工作人员 S-0107");
        assertThat(text(robot, "#admin-notice")).contains("所有操作都会被记录");
        robot.clickOn("#admin-exit");
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !robot.lookup("#admin-screen").query().isVisible();
        });
    }

    @Test
    void wrongPinsLockThePad(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.clickOn(1270, 10);
        }
        until(robot, "#admin-pin-title");
        typePin(robot, "111111");
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-notice").contains("再错 2 次"));
        typePin(robot, "222222");
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-notice").contains("再错 1 次"));
        typePin(robot, "333333");
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-notice").contains("秒后再试"));
        assertThat(text(robot, "#admin-notice")).isEqualTo("密码错误次数过多：请 30 秒后再试。");
        assertThat(robot.lookup("#admin-pin-5").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#admin-pin-ok").queryButton().isDisabled()).isTrue();
        assertThat(kit.store().recent(1).get(0).action()).isEqualTo(AdminAction.LOCKED_OUT);
    }

    @Test
    void everySectionShowsItsData(FxRobot robot) {
        kit.calls().raise("payment");
        kit.events().add("id-reader", "read 110101198503151235");
        enter(robot);
        assertThat(text(robot, "#admin-device-receipt-printer")).contains("ONLINE paper=FULL");
        assertThat(robot.lookup("#admin-test-print-receipt-printer").tryQuery()).isPresent();

        robot.clickOn("#admin-nav-PAPER");
        until(robot, "#admin-section-PAPER");
        assertThat(text(robot, "#admin-paper-receipt-printer")).contains("约剩 50,000 毫米");

        robot.clickOn("#admin-nav-SERVICES");
        until(robot, "#admin-section-SERVICES");
        assertThat(text(robot, "#admin-service-traffic_fines")).contains("正常办理");

        robot.clickOn("#admin-nav-CONFIG");
        until(robot, "#admin-section-CONFIG");
        assertThat(text(robot, "#admin-config-version")).isEqualTo("当前配置版本 1。");

        robot.clickOn("#admin-nav-EVENTS");
        until(robot, "#admin-section-EVENTS");
        String events = robot.lookup(n -> n.getId() != null && n.getId().startsWith("admin-event-")).queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertThat(events).contains("1101**********1235").doesNotContain("110101198503151235");

        robot.clickOn("#admin-nav-CALLS");
        until(robot, "#admin-section-CALLS");
        assertThat(text(robot, "#admin-call-1")).contains("payment");
        robot.clickOn("#admin-answer-1");
        until(robot, "#admin-calls-empty");

        robot.clickOn("#admin-nav-RESTART");
        until(robot, "#admin-section-RESTART");
        robot.clickOn("#admin-restart");
        await().atMost(Duration.ofSeconds(5)).until(() -> kit.restarts() == 1);
    }

    @Test
    void testsAndPaperAndReloadFromTheirButtons(FxRobot robot) {
        enter(robot);
        robot.clickOn("#admin-test-print-receipt-printer");
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-notice").contains("测试小票已打印"));
        robot.clickOn("#admin-test-card");
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-notice").contains("1101**********1235"));
        robot.clickOn("#admin-test-scan");
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-notice").contains("没有扫到二维码"));
        robot.clickOn("#admin-nav-PAPER");
        until(robot, "#admin-paper-refill-receipt-printer");
        robot.clickOn("#admin-paper-refill-receipt-printer");
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-notice").contains("更换纸卷"));
        robot.clickOn("#admin-nav-CONFIG");
        until(robot, "#admin-config-reload");
        robot.clickOn("#admin-config-reload");
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#admin-notice").equals("已加载配置版本 2。"));
        assertThat(kit.store().recent(5)).extracting(AuditRecord::action).containsExactly(AdminAction.CONFIG_RELOADED,
                AdminAction.PAPER_REFILLED, AdminAction.TEST_SCAN, AdminAction.TEST_CARD_READ, AdminAction.TEST_PRINT);
    }

    @Test
    void disablingAServiceIsAuditedWithTimeAndStaffAndResidentsGetTheReason(FxRobot robot) {
        enter(robot);
        robot.clickOn("#admin-nav-SERVICES");
        until(robot, "#admin-disable-traffic_fines-maintenance");
        robot.clickOn("#admin-disable-traffic_fines-maintenance");
        until(robot, "#admin-enable-traffic_fines");
        assertThat(text(robot, "#admin-service-traffic_fines")).contains("已停用：该业务正在维护");
        AuditRecord record = kit.store().recent(1).get(0);
        assertThat(record.action()).isEqualTo(AdminAction.SERVICE_DISABLED);
        assertThat(record.staffId()).isEqualTo("S-0107");
        assertThat(record.subject()).isEqualTo("traffic.fines");
        assertThat(record.at()).isEqualTo(kit.now());
        assertThat(kit.services().current().disabledReason("traffic.fines").orElseThrow()
                .in(java.util.Locale.forLanguageTag("en"))).startsWith("This service is under maintenance");
        await().atMost(Duration.ofSeconds(5)).until(() -> kit.reported(AdminAction.SERVICE_DISABLED));
        assertThat(kit.model().state().phase()).isEqualTo(AdminState.Phase.OPEN);
    }
}
