package kiosk.app.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.FxRuntime;
import kiosk.app.ui.KioskWindow;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;

/**
 * One measured start, in a fresh JVM: either a bare JavaFX window with one label, or the kiosk in the
 * order {@code ./kiosk run} starts it (see {@link AttractFirst}). Prints "SHOWN epochMillis" at the
 * first layout pulse of the window (the label, or the attract screen), and for the kiosk "SERVING
 * epochMillis" once the assembled kiosk (devices, journal, backend client, flow) is connected to that
 * screen; then exits. With {@code --train=first-frame} or {@code --train=serving} (the AOT cache's
 * training run in {@code ./kiosk package}) it exits normally at that point, so the JVM writes the cache.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    private static boolean training;

    public static void main(String[] args) throws Exception {
        java.util.List<String> options = java.util.Arrays.asList(args);
        boolean toFirstFrame = options.contains("--train=first-frame");
        training = toFirstFrame || options.contains("--train=serving");
        FxRuntime.useHeadless(1280, 800);
        if ("costs".equals(args[0])) {
            StartupCosts.measure(URI.create(args[1]));
            return;
        }
        if ("bare".equals(args[0])) {
            FxRuntime.start();
            Platform.runLater(() -> {
                Stage stage = new Stage();
                Scene scene = new Scene(new Label("Hello"), 1280, 800);
                stage.setScene(scene);
                reportFirstPulse(scene);
                stage.show();
            });
        } else {
            // as ./kiosk run --config FILE starts (KioskCli.main, no command tree): the toolkit first, then
            // the configuration, the attract screen, and the kiosk behind it
            FxRuntime.startInBackground();
            URI backend = URI.create(args[1]);
            Path dir = Files.createTempDirectory("kiosk-startup");
            KioskConfig base = DemoConfig.load();
            KioskConfig config = base.withBackend(base.backend().withBaseUrl(backend))
                    .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")));
            Messages messages = new Messages();
            KioskWindow window = AttractFirst.show(messages, config, false, "startup", stage -> { });
            window.firstFrame().get(30, TimeUnit.SECONDS);
            print("SHOWN");
            if (toFirstFrame) {
                exit();
                Thread.sleep(60_000);
            }
            KioskAssembly kiosk = KioskAssembly.start(config);
            FxRuntime.call(() -> window.connect(kiosk.flow(), kiosk.admin().model()));
            print("SERVING");
            exit();
        }
        Thread.sleep(60_000);
        System.exit(2);
    }

    private static void reportFirstPulse(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                scene.removePostLayoutPulseListener(listener[0]);
                print("SHOWN");
                exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void print(String event) {
        System.out.println(event + " " + System.currentTimeMillis());
        System.out.flush();
    }

    /** Ends the probe; a training run exits normally (not on the FX thread), so the JVM writes its AOT cache. */
    private static void exit() {
        if (training) {
            new Thread(() -> System.exit(0), "probe-exit").start();
        } else {
            Runtime.getRuntime().halt(0);
        }
    }
}
