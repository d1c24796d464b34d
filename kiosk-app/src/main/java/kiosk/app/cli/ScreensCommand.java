package kiosk.app.cli;

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

/** ./kiosk screens DIR: every screen in every language, rendered headless to PNG. */
@Command(name = "screens", description = "Render every kiosk screen headless, in each language, to PNG files in DIR.")
public final class ScreensCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder (created if missing).")
    Path dir;

    @Option(names = "--size", description = "Screen size WIDTHxHEIGHT (default ${DEFAULT-VALUE}).", defaultValue = "1280x800")
    String size;

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
                BufferedImage image = FxRuntime.call(() -> {
                    KioskView view = new KioskView(messages, ResidentIntents.NONE);
                    view.render(sample.getValue());
                    return Snapshots.render(view.root(), width, height);
                });
                Path file = dir.resolve(sample.getKey() + "-" + language.tag() + ".png");
                Snapshots.write(image, file);
                count++;
            }
        }
        System.out.println("Wrote " + count + " screens to " + dir.toAbsolutePath());
        javafx.application.Platform.exit();
        return 0;
    }
}
