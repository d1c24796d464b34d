package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Identification;
import kiosk.config.KioskConfig;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk promises only what works: a background health probe of the real stub turns the attract
 * screen out of service (where to go, when it checks next) and the menu's services unavailable before a
 * card is read; a tap on one says so within 50 ms; the kiosk comes back by itself.
 */
class HonestAvailabilityTest {

    private static final Duration PROBE = Duration.ofMillis(300);

    @TempDir
    Path dir;

    private TestKiosk test;
    private VisitEngine flow;
    private BackendStub revived;

    @BeforeEach
    void start() {
        test = TestKiosk.start(dir, new KioskConfig.Session(Duration.ofSeconds(90), Duration.ofSeconds(20), Duration.ofSeconds(120)),
                KioskAssembly.Options.DEFAULT.withHealthEvery(PROBE));
        flow = test.kiosk.flow();
        test.awaitDevicesReady();
    }

    @AfterEach
    void stop() {
        test.close();
        if (revived != null) {
            revived.close();
        }
    }

    @Test
    void theProbeTakesTheKioskOutOfServiceBeforeAnyoneStartsAndBringsItBack() {
        int port = test.stub.port();
        test.stub.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().model() instanceof ScreenModel.Attract a && a.outOfService());
        ScreenModel.Attract attract = (ScreenModel.Attract) flow.state().model();
        assertThat(attract.reasonKey()).isEqualTo("attract.out-of-service.backend");
        assertThat(attract.nextCheck()).isAfter(Instant.now().minusSeconds(1)).isBefore(Instant.now().plusSeconds(5));
        assertThat(attract.where().hotline()).isEqualTo(test.kiosk.config().station().hotline());
        assertThat(attract.where().counters()).hasSize(test.kiosk.config().station().counters().size());
        flow.start();
        assertThat(flow.state().model()).as("no visit starts that could not be served").isInstanceOf(ScreenModel.Attract.class);

        revived = BackendStub.start(StubSettings.builder().port(port).inMemory().build());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().model() instanceof ScreenModel.Attract a && !a.outOfService());
        flow.start();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.LanguageChoice.class);
    }

    @Test
    void servicesTurnUnavailableWithTheReasonAndATapSaysSoWithin50ms() {
        flow.start();
        flow.chooseLanguage(Language.ZH_CN);
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        test.stub.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestKiosk.option(flow, "traffic.fines").available());
        ScreenModel.ServiceOption fines = TestKiosk.option(flow, "traffic.fines");
        assertThat(fines.reason()).isEqualTo(Txt.key("menu.unavailable.backend"));

        AtomicLong shownAt = new AtomicLong();
        Runnable unsubscribe = flow.subscribe(s -> {
            if (s.model() instanceof ScreenModel.OutOfService && shownAt.get() == 0) {
                shownAt.set(System.nanoTime());
            }
        });
        long tap = System.nanoTime();
        flow.chooseService("traffic.fines");
        unsubscribe.run();
        double millis = (shownAt.get() - tap) / 1e6;
        assertThat(shownAt.get()).as("the outage screen was shown").isNotZero();
        assertThat(millis).as("tap to 'unavailable', ms").isLessThan(50);
        ScreenModel.OutOfService out = (ScreenModel.OutOfService) flow.state().model();
        assertThat(out.reason()).isEqualTo(Txt.key("menu.unavailable.backend"));
        assertThat(out.nextCheck()).isNotNull();
        assertThat(out.where().nearest24h()).isNotNull();
        flow.back();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Menu.class);
    }

    @Test
    void aCardReadWhileTheBackendIsKnownDownIsAnsweredAtOnce() {
        flow.start();
        flow.chooseLanguage(Language.EN);
        test.stub.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().model() instanceof ScreenModel.Identify i
                && i.problem() != null);
        assertThat(((ScreenModel.Identify) flow.state().model()).problem().titleKey()).isEqualTo("problem.offline.title");
        long tap = System.nanoTime();
        flow.cardRead(new Identification("张伟", "330602198503151256"));
        double millis = (System.nanoTime() - tap) / 1e6;
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Error.class);
        assertThat(((ScreenModel.Error) flow.state().model()).problem().code()).isEqualTo("BACKEND_DOWN");
        assertThat(millis).isLessThan(50);
        assertThat(flow.holdsResidentData()).isFalse();
    }

    @Test
    void withTheReceiptPrinterOutTheAttractScreenSaysPayingIsPaused() {
        assertThat(((ScreenModel.Attract) flow.state().model()).limitKey()).isNull();
        test.kiosk.rack().first(EscPosPrinterSimulator.class).orElseThrow().runOutOfPaperAfterMm(0);
        // The printer learns it has no paper when it next reports; a visit's menu would say the same.
        await().atMost(Duration.ofSeconds(20)).until(() -> ((ScreenModel.Attract) flow.state().model()).limitKey() != null);
        assertThat(((ScreenModel.Attract) flow.state().model()).limitKey()).isEqualTo("attract.limited.printer");
        test.kiosk.rack().first(EscPosPrinterSimulator.class).orElseThrow().loadPaper();
        await().atMost(Duration.ofSeconds(20)).until(() -> ((ScreenModel.Attract) flow.state().model()).limitKey() == null);
    }
}
