package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.config.KioskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Elder mode's longer timeouts and its life of one visit, engine against the real stub. */
class ElderTimeoutsTest {

    @TempDir
    Path dir;

    private TestKiosk test;
    private VisitEngine flow;

    @BeforeEach
    void start() {
        test = TestKiosk.start(dir, new KioskConfig.Session(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(60)),
                KioskAssembly.Options.DEFAULT);
        flow = test.kiosk.flow();
        test.awaitDevicesReady();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void theIdleWarningComesTwiceAsLateInElderMode() {
        double normal = secondsToWarning(false);
        double elder = secondsToWarning(true);
        System.out.printf("idle warning after %.1f s (normal), %.1f s (elder)%n", normal, elder);
        assertThat(normal).isBetween(1.5, 3.0);
        assertThat(elder).isGreaterThanOrEqualTo(3.6).isLessThan(6.0);
    }

    @Test
    void elderModeSwitchedOnBeforeAnyoneStartsGoesWithTheIdleTimeout() {
        flow.toggleElder();
        assertThat(flow.state().elder()).isTrue();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Attract.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> !flow.state().elder());
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Attract.class);
    }

    private double secondsToWarning(boolean elder) {
        flow.finish();
        if (elder) {
            flow.toggleElder();
        }
        flow.start();
        flow.chooseLanguage(Language.EN);
        assertThat(flow.state().elder()).isEqualTo(elder);
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> flow.state().idleWarningSeconds() > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Attract.class));
        assertThat(flow.state().elder()).isFalse();
        return seconds;
    }
}
