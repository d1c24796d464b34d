package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.assembly.ServiceTour;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Prompts;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.voice.RecordingVoice;
import kiosk.config.KioskConfig;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spoken prompt of each step, engine against the real stub with a recording voice: a whole visit says
 * each screen's prompt once, in the resident's language; the idle warning and replay are heard; and every
 * screen of every declared service (the service tour) produces its prompt.
 */
class SpokenStepsTest {

    @TempDir
    Path dir;

    private TestKiosk test;
    private VisitEngine flow;
    private final RecordingVoice voice = new RecordingVoice();

    private void start(Duration idleTimeout, Duration idleWarning) {
        test = TestKiosk.start(dir, new KioskConfig.Session(idleTimeout, idleWarning, Duration.ofSeconds(120)),
                KioskAssembly.Options.DEFAULT.withVoice(voice));
        flow = test.kiosk.flow();
        test.awaitDevicesReady();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aVisitSaysEachScreensPromptOnceInTheResidentsLanguage() {
        start(Duration.ofSeconds(90), Duration.ofSeconds(20));
        flow.start();
        flow.chooseLanguage(Language.ZH_TW);
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        flow.chooseService("traffic.fines");
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Choice.class) && !flow.state().busy());
        String firstOption = ((ScreenModel.Choice) flow.state().model()).options().get(0).id();
        flow.choose(firstOption); // untick and tick again: the same step, nothing new to say
        flow.choose(firstOption);
        flow.chooseLanguage(Language.EN); // the same step in another language is said again
        TestKiosk.payChosen(flow);
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Payment.class) && !flow.state().busy());
        flow.replayPrompt();
        flow.codeScanned("STUBPAY-VOICE-1");
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().shows(ScreenModel.Done.class));
        flow.finish();

        assertThat(voice.spoken()).containsExactly(
                new RecordingVoice.Spoken("language", Language.ZH_CN),
                new RecordingVoice.Spoken("card", Language.ZH_TW),
                new RecordingVoice.Spoken("menu", Language.ZH_TW),
                new RecordingVoice.Spoken("choose-several", Language.ZH_TW),
                new RecordingVoice.Spoken("choose-several", Language.EN),
                new RecordingVoice.Spoken("basket", Language.EN),
                new RecordingVoice.Spoken("pay", Language.EN),
                new RecordingVoice.Spoken("replay", null),
                new RecordingVoice.Spoken("printing", Language.EN),
                new RecordingVoice.Spoken("receipt", Language.EN),
                new RecordingVoice.Spoken("stop", null),
                new RecordingVoice.Spoken("card-left", Language.ZH_CN)); // a card was read: take it
    }

    @Test
    void theIdleWarningIsSpokenOnceWhenItAppears() {
        start(Duration.ofSeconds(4), Duration.ofSeconds(2));
        flow.start();
        flow.chooseLanguage(Language.EN);
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().idleWarningSeconds() > 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Attract.class));
        assertThat(voice.keys().stream().filter("idle-warning"::equals)).hasSize(1);
        assertThat(voice.spoken()).contains(new RecordingVoice.Spoken("idle-warning", Language.EN));
    }

    @Test
    void everyScreenOfEveryServiceProducesItsPrompt() throws Exception {
        start(Duration.ofMinutes(5), Duration.ofSeconds(30));
        Map<String, FlowState> tour = new ServiceTour(flow).walkAll();
        assertThat(tour).as("screens of every service").hasSizeGreaterThanOrEqualTo(25);
        List<String> said = voice.keys();
        for (Map.Entry<String, FlowState> screen : tour.entrySet()) {
            String prompt = Prompts.of(screen.getValue().model());
            assertThat(said).as(screen.getKey() + " says " + prompt).contains(prompt);
            for (Language language : Language.values()) {
                assertThat(test.kiosk.messages().has(language, "voice." + prompt)).as(prompt + " " + language).isTrue();
            }
        }
        assertThat(said).contains("keypad.plate", "keypad.date", "keypad.reference", "info", "confirm", "basket");
    }
}
