package kiosk.app.cli.soak;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.ui.FxFonts;
import kiosk.app.ui.FxRuntime;
import kiosk.app.ui.KioskWindow;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;

/**
 * The soak's child JVM (started with the unit's heap options): either a bare JavaFX window, measured
 * once shown, or the whole kiosk on screen (headless) doing N visits, measured after warm-up and at
 * the end. Prints "MEMORY heap rss" lines and progress for the parent.
 */
public final class SoakRun {

    private SoakRun() {
    }

    public static void main(String[] args) throws Exception {
        FxRuntime.useHeadless(1280, 800);
        if ("bare".equals(args[0])) {
            FxRuntime.start();
            FxRuntime.call(() -> {
                Stage stage = new Stage();
                stage.setScene(new Scene(new Label("Hello"), 1280, 800));
                stage.show();
                return null;
            });
            Thread.sleep(1500); // a few pulses rendered
            System.out.println("BARE " + MemoryFigures.now().line());
            System.exit(0);
        }
        URI backend = URI.create(args[1]);
        int visits = Integer.parseInt(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        Path dir = Files.createTempDirectory("kiosk-soak");
        // The demo kiosk, its printer given 10 s to answer a status query instead of 1 s: on a build machine
        // shared with other work the simulator's first receipt render can take longer than a real printer.
        String demo;
        try (var in = DemoConfig.class.getResourceAsStream("/kiosk/config/demo.yaml")) {
            demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path soakYaml = dir.resolve("soak.yaml");
        Files.writeString(soakYaml, demo.replace("      paper-width-dots: \"576\"\n",
                "      paper-width-dots: \"576\"\n      status-timeout: 10s\n"));
        KioskConfig base = kiosk.config.ConfigLoader.load(soakYaml);
        // Generous timeouts: the soak measures memory; a slow moment of a shared machine is not a fault.
        KioskConfig.Backend b = base.backend();
        KioskConfig config = base.withBackend(new KioskConfig.Backend(backend, b.apiKey(), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofSeconds(60)))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")))
                .withSession(new KioskConfig.Session(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(5)));
        FxRuntime.startInBackground(); // the toolkit and the faces come up while the kiosk assembles
        try (KioskAssembly kiosk = KioskAssembly.start(config)) {
            FxRuntime.start();
            FxFonts.load();
            FxRuntime.call(() -> KioskWindow.show(new Stage(), kiosk.messages(), kiosk.flow(), false, "soak"));
            awaitDevicesUsable(kiosk); // they open in the background, as in a lobby at power-up
            SoakVisit visit = new SoakVisit(kiosk);
            long started = System.nanoTime();
            long warmedAt = started;
            int histogramLines = args.length > 4 ? Integer.parseInt(args[4]) : 0;
            Path atStart = dir.resolve("start-histogram.txt"); // on disk, so it is not itself in the end figures
            for (int i = 1; i <= visits; i++) {
                visit.run();
                if (i == warmUp) {
                    System.out.println("START " + MemoryFigures.now().line());
                    if (histogramLines > 0) {
                        Files.writeString(atStart, HeapHistogram.jcmdOutput().orElse(""));
                    }
                    warmedAt = System.nanoTime();
                }
                if (i % 500 == 0) {
                    System.out.printf("visits %d, %.1f s%n", i, (System.nanoTime() - started) / 1e9);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double measured = (System.nanoTime() - warmedAt) / 1e9;
            System.out.println("END " + MemoryFigures.now().line());
            System.out.printf(java.util.Locale.ROOT, "TIME %.1f %.1f%n", seconds, measured);
            visit.stepMillis().forEach((step, ms) -> System.out.printf(java.util.Locale.ROOT, "STEP %d %s%n", ms / visits, step));
            if (histogramLines > 0) {
                printGrowth(atStart, histogramLines);
            }
        }
        Platform.exit();
        System.exit(0);
    }

    private static void awaitDevicesUsable(KioskAssembly kiosk) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!kiosk.devices().devices().stream().allMatch(d -> d.status().state().isUsable())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("devices not usable after 120 s");
            }
            Thread.sleep(50);
        }
    }

    /** What grew from the start figures to the end, by class: where a slow growth lives. */
    private static void printGrowth(Path atStart, int lines) throws Exception {
        java.util.Optional<String> atEnd = HeapHistogram.jcmdOutput();
        if (atEnd.isEmpty()) {
            System.out.println("HISTO (no jcmd in this runtime)");
            return;
        }
        HeapHistogram start = HeapHistogram.parse(Files.readString(atStart));
        HeapHistogram end = HeapHistogram.parse(atEnd.get());
        System.out.println("HISTO live heap grown from the start figures to the end, by class:");
        end.grownSince(start, lines).forEach(g -> System.out.println("HISTO " + HeapHistogram.line(g)));
        System.out.println("HISTO and shrunk:");
        end.shrunkSince(start, lines).forEach(g -> System.out.println("HISTO " + HeapHistogram.line(g)));
    }
}
