package kiosk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import kiosk.app.ops.PulseMonitor;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.ui.FxFonts;
import kiosk.app.ui.FxRuntime;
import kiosk.app.ui.KioskView;
import kiosk.app.ui.KioskWindow;
import kiosk.config.ConfigLoader;
import kiosk.config.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./kiosk run --config FILE: the kiosk for residents, fullscreen and locked down in production mode. */
@Command(name = "run", description = "Run the kiosk from a configuration file (production: fullscreen, locked down).")
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, description = "The kiosk's YAML configuration.")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        KioskConfig config = ConfigLoader.load(configFile);
        boolean production = config.mode() == KioskConfig.Mode.PRODUCTION;
        FxRuntime.startInBackground(KioskView.warmUp()); // the first screen's one-time work, while the kiosk assembles
        KioskAssembly started;
        try {
            started = KioskAssembly.start(config);
        } catch (kiosk.app.journal.JournalException e) {
            return stopped(config, production, e);
        }
        try (KioskAssembly kiosk = started) {
            kiosk.useConfigFile(configFile);
            FxRuntime.start();
            FxFonts.load(); // reads the font file here, not on the FX thread
            CountDownLatch closed = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
            Platform.runLater(() -> {
                try {
                    Stage stage = new Stage();
                    KioskWindow.show(stage, kiosk.messages(), kiosk.flow(), kiosk.admin().model(),
                            production, "Kiosk " + config.kioskId());
                    kiosk.operations().pulse().start(Platform::runLater, PulseMonitor.DEFAULT_PERIOD);
                    stage.setOnHidden(e -> closed.countDown());
                } catch (RuntimeException e) {
                    System.err.println("The kiosk window could not be shown: " + e.getClass().getSimpleName());
                    failed.set(true);
                    closed.countDown();
                }
            });
            closed.await();
            Platform.exit();
            // A production window never closes on its own (close requests are vetoed): if it went, or never
            // came, the supervisor must restart the kiosk.
            if (failed.get() || production) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * The journal cannot be used (damaged and set aside, or held by another process): the screen says
     * "out of service" and where to go, staff read why; the process stays up so systemd does not loop.
     */
    private int stopped(KioskConfig config, boolean production, kiosk.app.journal.JournalException e) throws Exception {
        System.err.println("The kiosk is out of service: " + e.getMessage());
        if (e.reason() == kiosk.app.journal.JournalException.Reason.LOCKED) {
            return 1; // another kiosk process serves this journal: this one must not start
        }
        FxRuntime.start();
        FxFonts.load();
        CountDownLatch closed = new CountDownLatch(1);
        kiosk.app.i18n.Messages messages = new kiosk.app.i18n.Messages();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            kiosk.app.ui.StoppedWindow.show(stage, messages, config.station(), e.staffMessageKey(), production);
            stage.setOnHidden(ev -> closed.countDown());
        });
        closed.await();
        Platform.exit();
        return 1;
    }
}
