package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.voice.RecordingVoice;
import kiosk.config.KioskConfig;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The card-left-in-reader reminder: a card that was read answers the reader no more, so the kiosk
 * cannot see one left lying there; whoever identified with a card is reminded, on screen and aloud,
 * when the visit ends (finish, Home or the idle timeout), and nobody else is.
 */
class TakeYourCardTest {

    @TempDir
    Path dir;

    private TestKiosk test;
    private VisitEngine flow;
    private final RecordingVoice voice = new RecordingVoice();

    @BeforeEach
    void start() {
        test = TestKiosk.start(dir, new KioskConfig.Session(Duration.ofSeconds(4), Duration.ofSeconds(2), Duration.ofSeconds(60)),
                KioskAssembly.Options.DEFAULT.withVoice(voice));
        flow = test.kiosk.flow();
        test.awaitDevicesReady();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aResidentWhoLeavesAfterACardReadIsRemindedToTakeIt() {
        flow.start();
        flow.chooseLanguage(Language.EN);
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        // The resident walks away: the idle timeout ends the visit.
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Attract.class));
        ScreenModel.Attract attract = (ScreenModel.Attract) flow.state().model();
        assertThat(attract.reminderKey()).isEqualTo("attract.take-card");
        assertThat(voice.keys()).endsWith("card-left");
        assertThat(flow.holdsResidentData()).isFalse();
    }

    @Test
    void noReminderWhenNoCardWasRead() {
        flow.start();
        flow.chooseLanguage(Language.EN);
        flow.finish();
        ScreenModel.Attract attract = (ScreenModel.Attract) flow.state().model();
        assertThat(attract.reminderKey()).isNull();
        assertThat(voice.keys()).endsWith("attract");
    }
}
