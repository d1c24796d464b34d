package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up's view warm-up builds the real attract screen, styled, in a scene no window shows. */
class ViewWarmUpTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void theWarmUpBuildsTheAttractScreenStyledAndShowsNothing() throws Exception {
        long windowsBefore = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get();
        Parent root = WaitForAsyncUtils.asyncFx(() -> KioskView.warmUpScreen(new kiosk.app.i18n.Messages())).get();

        assertThat(root.lookup("#attract")).as("the attract screen").isNotNull();
        assertThat(root.getScene()).isNotNull();
        assertThat(root.getScene().getWindow()).as("never shown").isNull();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get()).isEqualTo(windowsBefore);
        // styled by kiosk.css (.call-to-action is 34px) and laid out at the screen's width
        Labeled touch = (Labeled) root.lookup("#attract-touch");
        assertThat(touch.getText()).isNotBlank();
        assertThat(touch.getFont().getSize()).isEqualTo(34);
        assertThat(root.getLayoutBounds().getWidth()).isEqualTo(KioskWindow.DEMO_WIDTH);
    }
}
