package kiosk.app.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.ui.FxFonts;
import kiosk.app.ui.FxRuntime;
import kiosk.app.ui.KioskView;
import kiosk.app.ui.KioskWindow;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;

/**
 * One measured start, in a fresh JVM: either a bare JavaFX window with one label, or the whole kiosk up
 * to its attract screen (devices, journal, backend client, flow, views). Prints "SHOWN epochMillis" at
 * the first layout pulse with the screen in the scene, then exits. With {@code --train} (the AOT
 * cache's training run in {@code ./kiosk package}) it exits normally so the JVM writes the cache.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    private static boolean training;

    public static void main(String[] args) throws Exception {
        training = java.util.Arrays.asList(args).contains("--train");
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
            URI backend = URI.create(args[1]);
            Path dir = Files.createTempDirectory("kiosk-startup");
            KioskConfig base = DemoConfig.load();
            KioskConfig config = base.withBackend(base.backend().withBaseUrl(backend))
                    .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")));
            FxRuntime.startInBackground(KioskView.warmUp()); // the first screen's one-time work, while the kiosk assembles
            KioskAssembly kiosk = KioskAssembly.start(config);
            FxRuntime.start();
            FxFonts.load(); // reads the font file here, not on the FX thread
            Platform.runLater(() -> {
                Stage stage = new Stage();
                KioskWindow.show(stage, kiosk.messages(), kiosk.flow(), false, "startup");
                reportFirstPulse(stage.getScene());
            });
        }
        Thread.sleep(60_000);
        System.exit(2);
    }

    private static void reportFirstPulse(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() != null && scene.getWindow().isShowing() && scene.lookup("#attract") != null
                    || scene.getWindow() != null && scene.getWindow().isShowing() && scene.getRoot() instanceof Label) {
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("SHOWN " + System.currentTimeMillis());
                System.out.flush();
                if (training) {
                    new Thread(() -> System.exit(0), "probe-exit").start(); // not on the FX thread
                } else {
                    Runtime.getRuntime().halt(0);
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
