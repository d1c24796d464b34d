package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kiosk.app.i18n.Messages;
import kiosk.config.KioskConfig;
import kiosk.config.Localized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A kiosk whose journal is damaged shows residents where to go, in every language, and staff why. */
@ExtendWith(ApplicationExtension.class)
class StoppedWindowTest {

    @Start
    void start(Stage stage) {
        KioskConfig.Station station = new KioskConfig.Station(Localized.of("城南派出所", "城南派出所", "Chengnan Police Station"),
                "0575-8511 0110", Localized.of("越城区行政服务中心", "越城區行政服務中心", "Yuecheng Administrative Service Centre"),
                List.of(), "https://jcy.example.gov.cn/verify/{ref}");
        StoppedWindow.show(stage, new Messages(), station, "journal.fault.corrupt", false);
    }

    @Test
    void saysOutOfServiceWhereToGoAndTheStaffWords(FxRobot robot) {
        List<String> texts = robot.lookup(".label").queryAll().stream().map(Node.class::cast)
                .map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("暂停服务", "Temporarily out of service")
                .anyMatch(t -> t.contains("越城区行政服务中心"))
                .anyMatch(t -> t.contains("越城區行政服務中心"))
                .anyMatch(t -> t.contains("Yuecheng Administrative Service Centre"));
        assertThat(robot.lookup("#stopped-staff").queryAs(Label.class).getText()).contains("交易记录文件已损坏");
        assertThat(robot.lookup("#stopped").tryQuery()).isPresent(); // what systemd's READY waits for
    }
}
