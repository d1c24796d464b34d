package kiosk.app.backend;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;

/** Demo configuration pointed at a test backend, with short timeouts so fault tests stay fast. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static KioskConfig pointingAt(String baseUrl, Path journal) {
        return pointingAt(baseUrl, journal, Duration.ofMillis(500), Duration.ofMillis(800), Duration.ofMillis(1500));
    }

    public static KioskConfig pointingAt(String baseUrl, Path journal, Duration connect, Duration read, Duration call) {
        KioskConfig demo = DemoConfig.load();
        return demo.withBackend(new KioskConfig.Backend(URI.create(baseUrl), demo.backend().apiKey(), connect, read, call))
                .withJournal(new KioskConfig.Journal(journal));
    }

    /** Retries and circuit as in production, but the circuit reopens quickly so tests do not wait. */
    public static ResiliencePolicy fastPolicy() {
        return ResiliencePolicy.kioskDefaults().withCircuitOpenFor(Duration.ofMillis(300));
    }
}
