package kiosk.app.ui.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.input.EntryKind;
import kiosk.app.input.Entries;
import kiosk.app.ui.FxFonts;
import kiosk.app.ui.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each keypad driven by taps, headless: keys enable and disable as the value is typed. */
@ExtendWith(ApplicationExtension.class)
class KeypadTest {

    private static final Messages MESSAGES = new Messages();

    private Stage stage;
    private final AtomicReference<String> confirmed = new AtomicReference<>();
    private Keypad keypad;

    @Start
    void start(Stage stage) {
        FxFonts.load();
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1280, 800));
        stage.show();
    }

    private void show(EntryKind kind, Language language) {
        new FxRobot().interact(() -> {
            keypad = new Keypad(kind, new Texts(MESSAGES, language), confirmed::set);
            StackPane root = new StackPane(keypad);
            root.getStylesheets().add(Keypad.class.getResource("/kiosk/app/ui/kiosk.css").toExternalForm());
            root.getStyleClass().add("kiosk");
            stage.getScene().setRoot(root);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button key(FxRobot robot, String key) {
        return robot.lookup((Node n) -> n instanceof Button && key.equals(n.getUserData())).queryButton();
    }

    private void tap(FxRobot robot, String keys) {
        for (int cp : keys.codePoints().toArray()) {
            Button button = key(robot, Character.toString(cp));
            assertThat(button.isDisabled()).as("key %s", Character.toString(cp)).isFalse();
            robot.clickOn(button);
        }
    }

    private Button confirm(FxRobot robot) {
        return robot.lookup("#keypad-confirm").queryButton();
    }

    private String display(FxRobot robot) {
        return robot.lookup("#keypad-display").queryAs(Label.class).getText();
    }

    @Test
    void newEnergyPlate(FxRobot robot) {
        show(Entries.plate(), Language.ZH_CN);
        assertThat(display(robot)).isEqualTo(MESSAGES.get(Language.ZH_CN, "keypad.plate.hint"));
        assertThat(buttons(robot)).filteredOn(b -> b.getUserData() != null).hasSize(31);
        tap(robot, "浙");
        assertThat(key(robot, "1").isDisabled()).as("office letter comes next").isTrue();
        tap(robot, "DF1234");
        assertThat(confirm(robot).isDisabled()).as("浙DF1234 is itself an ordinary plate").isFalse();
        tap(robot, "5");
        assertThat(display(robot)).isEqualTo("浙DF12345");
        assertThat(buttons(robot)).filteredOn(b -> b.getUserData() != null).allMatch(Node::isDisabled);
        robot.clickOn(confirm(robot));
        assertThat(confirmed.get()).isEqualTo("浙DF12345");
    }

    @Test
    void ordinaryPlate(FxRobot robot) {
        show(Entries.plate(), Language.EN);
        tap(robot, "浙D12345");
        assertThat(confirm(robot).isDisabled()).isFalse();
        robot.clickOn("#keypad-backspace");
        assertThat(confirm(robot).isDisabled()).isTrue();
        assertThat(robot.lookup((Node n) -> "I".equals(n.getUserData()) || "O".equals(n.getUserData())).tryQuery())
                .as("no I/O keys").isEmpty();
        tap(robot, "5");
        assertThat(key(robot, "6").isDisabled()).isTrue();
        assertThat(key(robot, "F").isDisabled()).as("large new-energy 浙D12345F").isFalse();
        robot.clickOn(confirm(robot));
        assertThat(confirmed.get()).isEqualTo("浙D12345");
        robot.clickOn("#keypad-clear");
        assertThat(key(robot, "京").isDisabled()).as("back to the province picker").isFalse();
    }

    @Test
    void phoneNumber(FxRobot robot) {
        show(Entries.mobile(), Language.ZH_TW);
        assertThat(key(robot, "2").isDisabled()).isTrue();
        tap(robot, "1");
        assertThat(key(robot, "2").isDisabled()).isTrue();
        tap(robot, "391234567");
        assertThat(confirm(robot).isDisabled()).isTrue();
        tap(robot, "8");
        assertThat(key(robot, "0").isDisabled()).isTrue();
        robot.clickOn(confirm(robot));
        assertThat(confirmed.get()).isEqualTo("13912345678");
    }

    @Test
    void digits(FxRobot robot) {
        show(Entries.digits(6, 6), Language.ZH_CN);
        tap(robot, "02468");
        assertThat(confirm(robot).isDisabled()).isTrue();
        tap(robot, "0");
        robot.clickOn(confirm(robot));
        assertThat(confirmed.get()).isEqualTo("024680");
    }

    @Test
    void engineTail(FxRobot robot) {
        show(Entries.engineTail(), Language.ZH_CN);
        tap(robot, "A9O");
        assertThat(confirm(robot).isDisabled()).isTrue();
        tap(robot, "1");
        assertThat(confirm(robot).isDisabled()).isFalse();
        tap(robot, "I2");
        assertThat(key(robot, "3").isDisabled()).isTrue();
        robot.clickOn(confirm(robot));
        assertThat(confirmed.get()).isEqualTo("A9O1I2");
    }

    @Test
    void everyKeyIsAtLeast64PxInEveryKeypadAndLanguage(FxRobot robot) {
        for (EntryKind kind : List.of(Entries.plate(), Entries.mobile(), Entries.digits(1, 8), Entries.engineTail())) {
            for (Language language : Language.values()) {
                show(kind, language);
                if (kind.id().equals("plate")) {
                    assertMinimumSize(robot, kind, language);
                    tap(robot, "京");
                }
                assertMinimumSize(robot, kind, language);
            }
        }
    }

    private void assertMinimumSize(FxRobot robot, EntryKind kind, Language language) {
        List<Button> buttons = buttons(robot);
        assertThat(buttons).hasSizeGreaterThan(4);
        for (Button button : buttons) {
            Bounds b = button.localToScene(button.getLayoutBounds());
            assertThat(Math.min(b.getWidth(), b.getHeight())).as("%s %s %s", kind.id(), language, button.getText())
                    .isGreaterThanOrEqualTo(64);
            assertThat(b.getMaxX()).as("inside the screen").isLessThanOrEqualTo(1280);
        }
    }

    private List<Button> buttons(FxRobot robot) {
        return new ArrayList<>(robot.lookup((Node n) -> n instanceof Button).queryAllAs(Button.class));
    }
}
