package kiosk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.i18n.Messages;
import kiosk.app.journal.JournalException;
import kiosk.app.ops.PulseMonitor;
import kiosk.app.ui.KioskWindow;
import kiosk.app.ui.StoppedWindow;
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
        Messages messages = new Messages();
        KioskWindow window;
        try {
            window = AttractFirst.show(messages, config, production, "Kiosk " + config.kioskId(), stage -> { });
        } catch (IllegalStateException e) {
            System.err.println("The kiosk window could not be shown: " + e.getMessage());
            return 1; // no display: the supervisor restarts the kiosk
        }
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> window.stage().setOnHidden(e -> closed.countDown()));
        KioskAssembly started;
        try {
            started = KioskAssembly.start(config);
        } catch (JournalException e) {
            return stopped(window, messages, config, production, e, closed);
        }
        try (KioskAssembly kiosk = started) {
            kiosk.useConfigFile(configFile);
            Platform.runLater(() -> {
                window.connect(kiosk.flow(), kiosk.admin().model());
                kiosk.operations().pulse().start(Platform::runLater, PulseMonitor.DEFAULT_PERIOD);
            });
            closed.await();
            Platform.exit();
            // A production window never closes on its own (close requests are vetoed): if it went, the
            // supervisor must restart the kiosk.
            if (production) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * The journal cannot be used (damaged and set aside, or held by another process): the screen says
     * "out of service" and where to go, staff read why; the process stays up so systemd does not loop.
     */
    private static int stopped(KioskWindow window, Messages messages, KioskConfig config, boolean production,
                               JournalException e, CountDownLatch closed) throws InterruptedException {
        System.err.println("The kiosk is out of service: " + e.getMessage());
        if (e.reason() == JournalException.Reason.LOCKED) {
            Platform.exit();
            return 1; // another kiosk process serves this journal: this one must not start
        }
        Platform.runLater(() -> StoppedWindow.show(window.stage(), messages, config.station(), e.staffMessageKey(), production));
        closed.await();
        Platform.exit();
        return 1;
    }
}
