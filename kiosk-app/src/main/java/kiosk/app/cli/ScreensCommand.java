package kiosk.app.cli;

import java.time.Duration;
import java.util.List;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.assembly.ServiceTour;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.FxFonts;
import kiosk.app.ui.FxRuntime;
import kiosk.app.ui.KioskView;
import kiosk.app.ui.ScreenGallery;
import kiosk.app.ui.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ./kiosk screens DIR: every screen in every language, in normal and in elder mode, rendered headless to PNG. */
@Command(name = "screens", description = "Render every kiosk screen headless, in each language, normal and elder mode, to PNG files in DIR.")
public final class ScreensCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder (created if missing).")
    Path dir;

    @Option(names = "--size", description = "Screen size WIDTHxHEIGHT (default ${DEFAULT-VALUE}).", defaultValue = "1280x800")
    String size;

    @Option(names = "--samples-only", description = "Only the sample screens, not the walk through every service (no stub).")
    boolean samplesOnly;

    /**
     * Every screen of every service as the engine builds it: backend-stub in its own process, the kiosk
     * with simulated devices, each service walked by {@link ServiceTour}, each screen in every language.
     */
    private int tourOfEveryService(Messages messages, int width, int height) throws Exception {
        int count = 0;
        Path journal = Files.createTempDirectory("kiosk-screens");
        try (StubProcess stub = StubProcess.start(List.of("--port", "0", "--db", "mem"), Duration.ofSeconds(60))) {
            KioskConfig base = DemoConfig.load();
            KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                    .withJournal(new KioskConfig.Journal(journal.resolve("journal.db")));
            try (KioskAssembly kiosk = KioskAssembly.start(config)) {
                kiosk.awaitDevices(Duration.ofSeconds(30));
                Map<String, FlowState> tour = new ServiceTour(kiosk.flow()).walkAll();
                for (Language language : Language.values()) {
                    for (Map.Entry<String, FlowState> screen : tour.entrySet()) {
                        for (boolean elder : new boolean[] {false, true}) {
                            write(messages, screen.getValue().withLanguage(language).withElder(elder), screen.getKey(), width,
                                    height);
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    /** One screen to {@code <name>-<lang>[-elder].png}. */
    private void write(Messages messages, FlowState state, String name, int width, int height) throws Exception {
        BufferedImage image = FxRuntime.call(() -> {
            KioskView view = new KioskView(messages, ResidentIntents.NONE);
            view.render(state);
            return Snapshots.render(view.root(), width, height);
        });
        Snapshots.write(image, dir.resolve(name + "-" + state.language().tag() + (state.elder() ? "-elder" : "") + ".png"));
    }

    @Override
    public Integer call() throws Exception {
        String[] wh = size.toLowerCase().split("x");
        int width = Integer.parseInt(wh[0]);
        int height = Integer.parseInt(wh[1]);
        Files.createDirectories(dir);
        FxRuntime.useHeadless(width, height);
        FxRuntime.start();
        FxFonts.load();
        Messages messages = new Messages();
        int count = 0;
        for (Language language : Language.values()) {
            for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                for (boolean elder : new boolean[] {false, true}) {
                    write(messages, sample.getValue().withElder(elder), sample.getKey(), width, height);
                    count++;
                }
            }
        }
        if (!samplesOnly) {
            count += tourOfEveryService(messages, width, height);
        }
        System.out.println("Wrote " + count + " screens to " + dir.toAbsolutePath());
        javafx.application.Platform.exit();
        return 0;
    }
}
