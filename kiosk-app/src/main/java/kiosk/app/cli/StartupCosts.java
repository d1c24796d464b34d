package kiosk.app.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.ui.FxFonts;
import kiosk.app.ui.FxRuntime;
import kiosk.app.ui.KioskWindow;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;

/**
 * What each dependency costs on the way to the attract screen: the start-up's steps one after the other
 * on one thread (the real start overlaps some of them), each library first touched alone, so its class
 * loading and initialisation are its own figure. Prints "COST step ms" lines.
 */
final class StartupCosts {

    private StartupCosts() {
    }

    static void measure(URI backend) throws Exception {
        Instant jvmStart = Instant.ofEpochMilli(Long.getLong("kiosk.launched", System.currentTimeMillis()));
        print("JVM launch to main", Duration.between(jvmStart, Instant.now()).toNanos());
        time("logging (SLF4J + Logback)", () -> org.slf4j.LoggerFactory.getLogger(StartupCosts.class).info("start-up costs"));
        time("command line (picocli: every command but run --config FILE)", () -> new picocli.CommandLine(new KioskCli()));
        KioskConfig[] config = new KioskConfig[1];
        time("configuration (SnakeYAML, records)", () -> config[0] = DemoConfig.load());
        time("JSON (Jackson + JavaTime)", () -> {
            try {
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                        .writeValueAsString(Map.of("at", Instant.now()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        time("HTTP client (OkHttp + Okio + Kotlin)", () -> new okhttp3.OkHttpClient.Builder().build().dispatcher());
        time("resilience (Resilience4j)", () -> {
            io.github.resilience4j.circuitbreaker.CircuitBreaker.ofDefaults("x");
            io.github.resilience4j.retry.Retry.ofDefaults("x");
            io.github.resilience4j.bulkhead.Bulkhead.ofDefaults("x");
        });
        time("journal (SQLite JDBC, native library)", () -> {
            try {
                Path db = Files.createTempFile("kiosk-costs", ".db");
                try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
                    c.createStatement().execute("create table t(x)");
                }
                Files.deleteIfExists(db);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path dir = Files.createTempDirectory("kiosk-costs");
        KioskConfig kioskConfig = config[0].withBackend(config[0].backend().withBaseUrl(backend))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")));
        KioskAssembly[] kiosk = new KioskAssembly[1];
        time("rest of the assembly (devices, journal, flow)", () -> kiosk[0] = KioskAssembly.start(kioskConfig));
        time("JavaFX toolkit", () -> {
            try {
                FxRuntime.start();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        time("fonts (Noto Sans SC/TC regular and bold, rare-character faces: 55 MB)", FxFonts::load);
        long t0 = System.nanoTime();
        CompletableFuture<Long> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            KioskWindow.show(stage, kiosk[0].messages(), kiosk[0].flow(), false, "costs");
            Runnable[] l = new Runnable[1];
            l[0] = () -> {
                if (stage.getScene().lookup("#attract") != null) {
                    stage.getScene().removePostLayoutPulseListener(l[0]);
                    shown.complete(System.nanoTime());
                }
            };
            stage.getScene().addPostLayoutPulseListener(l[0]);
        });
        print("views to the first attract pulse", shown.get() - t0);
        Runtime.getRuntime().halt(0);
    }

    private static void time(String step, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        print(step, System.nanoTime() - t0);
    }

    private static void print(String step, long nanos) {
        System.out.println("COST " + nanos / 1_000_000 + " " + step);
        System.out.flush();
    }
}
