package kiosk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import kiosk.app.ops.PulseMonitor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.demo.SimulatorPanel;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.KioskWindow;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk demo: backend-stub in its own process, the kiosk in a window with simulated devices, and the
 * simulator panel beside it. Closing either window ends the demo and stops the stub.
 */
@Command(name = "demo", description = "Run the kiosk in a window with simulated devices, the backend stub and the simulator panel.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--panel-language", description = "Language of the simulator panel: zh-CN, zh-TW or en (default: from the system).")
    String panelLanguage;

    @Option(names = "--data", description = "Folder for the demo's journal (default ${DEFAULT-VALUE}).", defaultValue = "data/demo")
    Path data;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(data);
        System.out.println("Starting backend-stub...");
        try (StubProcess stub = StubProcess.start(List.of("--port", "0", "--db", "mem"), Duration.ofSeconds(60))) {
            System.out.println("backend-stub at " + stub.baseUrl());
            KioskConfig base = DemoConfig.load();
            KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                    .withJournal(new KioskConfig.Journal(data.resolve("journal.db")));
            Messages messages = new Messages();
            KioskWindow window = AttractFirst.show(messages, config, false,
                    messages.get(Language.of(config.defaultLanguage()), "app.title") + " · " + config.kioskId(), stage -> {
                        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                        stage.setX(screen.getMinX()); // kiosk on the left, the panel beside it
                        stage.setY(screen.getMinY());
                    });
            CountDownLatch closed = new CountDownLatch(1);
            Platform.runLater(() -> window.stage().setOnHidden(e -> closed.countDown()));
            try (KioskAssembly kiosk = KioskAssembly.start(config)) {
                Language panel = panelLanguage != null ? Language.of(Locale.forLanguageTag(panelLanguage)) : Language.of(Locale.getDefault());
                Platform.runLater(() -> {
                    window.connect(kiosk.flow(), kiosk.admin().model());
                    kiosk.operations().pulse().start(Platform::runLater, PulseMonitor.DEFAULT_PERIOD);

                    SimulatorPanel simulator = new SimulatorPanel(panel, kiosk.rack(), kiosk.backend(), kiosk.io());
                    kiosk.flow().subscribe(simulator.flowListener());
                    DeviceStatusFeed.attach(kiosk.devices(), simulator::showStatuses);
                    Stage main = window.stage();
                    var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                    Stage side = new Stage();
                    side.setTitle(simulator.title());
                    side.setScene(new Scene(simulator.root(), 460, 800));
                    side.setX(Math.max(screen.getMinX(), Math.min(main.getX() + main.getWidth() + 8, screen.getMaxX() - 460)));
                    side.setY(main.getY());
                    side.setOnHidden(e -> closed.countDown());
                    side.show();
                });
                System.out.println("Demo running: close a window to stop.");
                closed.await();
                Platform.exit();
            }
        }
        return 0;
    }
}
