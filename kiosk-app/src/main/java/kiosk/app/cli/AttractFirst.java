package kiosk.app.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.stage.Stage;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.FxFonts;
import kiosk.app.ui.FxRuntime;
import kiosk.app.ui.KioskWindow;
import kiosk.config.KioskConfig;

/**
 * The kiosk's start-up order: the attract screen first, then the kiosk behind it (devices, journal,
 * backend client, flow), then the two joined ({@link KioskWindow#connect}). The attract screen needs
 * none of what the assembly makes, and on two cores the assembly running beside the toolkit delayed
 * the first frame by 0.6 s: so it starts only once that frame is up.
 */
final class AttractFirst {

    private static final long FIRST_FRAME_WAIT_SECONDS = 10;

    private AttractFirst() {
    }

    /** Not on the FX thread. {@code beforeShow} places the stage (the demo); the title is the window's. */
    static KioskWindow show(Messages messages, KioskConfig config, boolean production, String title,
                            Consumer<Stage> beforeShow) throws InterruptedException {
        FxRuntime.start();
        FxFonts.load(); // reads the font files here, not on the FX thread
        KioskWindow window = FxRuntime.call(() -> {
            Stage stage = new Stage();
            beforeShow.accept(stage);
            return KioskWindow.showFirst(stage, messages, Language.of(config.defaultLanguage()), production, title);
        });
        try {
            window.firstFrame().get(FIRST_FRAME_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // no frame yet (a slow display): the kiosk assembles anyway, the screen comes when it comes
        }
        return window;
    }
}
