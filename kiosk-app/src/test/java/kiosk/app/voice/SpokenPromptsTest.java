package kiosk.app.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import org.junit.jupiter.api.Test;

class SpokenPromptsTest {

    private static final Messages MESSAGES = new Messages();

    /** Records what the engine was asked to speak and what the observer heard. */
    private static final class Trace implements VoiceObserver {
        final List<String> started = new CopyOnWriteArrayList<>();
        final List<String> failed = new CopyOnWriteArrayList<>();

        @Override
        public void started(String promptKey, Language language, Duration latency) {
            started.add(promptKey + "/" + language.tag());
        }

        @Override
        public void failed(String promptKey, Language language, String reason) {
            failed.add(promptKey + ": " + reason);
        }
    }

    /** Speaks "audio" at once, then holds it until cancelled or {@code length} passed. */
    private static final class FakeEngine implements SpeechEngine {
        final List<String> texts = new CopyOnWriteArrayList<>();
        final List<String> cutOff = new CopyOnWriteArrayList<>();
        final Duration length;

        FakeEngine(Duration length) {
            this.length = length;
        }

        @Override
        public void speak(String text, Language language, Playback playback) throws InterruptedException {
            texts.add(text);
            playback.audioStarted();
            long end = System.nanoTime() + length.toNanos();
            while (System.nanoTime() < end) {
                if (playback.cancelled()) {
                    cutOff.add(text);
                    return;
                }
                Thread.sleep(5);
            }
        }
    }

    @Test
    void speaksTheBundleTextOfThePromptInTheResidentsLanguage() {
        FakeEngine engine = new FakeEngine(Duration.ZERO);
        Trace trace = new Trace();
        try (SpokenPrompts voice = new SpokenPrompts(MESSAGES, engine, trace)) {
            voice.say("card", Language.ZH_TW);
            await().atMost(Duration.ofSeconds(5)).until(() -> trace.started.size() == 1);
            assertThat(engine.texts).containsExactly(MESSAGES.get(Language.ZH_TW, "voice.card"));
            voice.replay();
            await().atMost(Duration.ofSeconds(5)).until(() -> engine.texts.size() == 2);
            assertThat(trace.started).containsExactly("card/zh-TW", "card/zh-TW");
        }
    }

    @Test
    void aNewPromptCutsOffTheOneBeingSpoken() {
        FakeEngine engine = new FakeEngine(Duration.ofSeconds(20));
        Trace trace = new Trace();
        try (SpokenPrompts voice = new SpokenPrompts(MESSAGES, engine, trace)) {
            voice.say("attract", Language.EN);
            await().atMost(Duration.ofSeconds(5)).until(() -> trace.started.size() == 1);
            voice.say("card", Language.EN);
            await().atMost(Duration.ofSeconds(5)).until(() -> trace.started.size() == 2);
            assertThat(engine.cutOff).containsExactly(MESSAGES.get(Language.EN, "voice.attract"));
            voice.stop();
            await().atMost(Duration.ofSeconds(5)).until(() -> engine.cutOff.size() == 2);
        }
    }

    @Test
    void aHangingEngineNeverBlocksTheCallerAndIsGivenUpOn() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        SpeechEngine hangs = (text, language, playback) -> never.await(); // no audio, ever
        Trace trace = new Trace();
        try (SpokenPrompts voice = new SpokenPrompts(MESSAGES, hangs, trace, Duration.ofMillis(300),
                Duration.ofSeconds(5))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                voice.say("pay-warning", Language.ZH_CN);
            }
            // A caller that waited for the engine's 300 ms would take 30 s for these 100 prompts.
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1000);
            await().atMost(Duration.ofSeconds(5)).until(() -> !trace.failed.isEmpty());
            assertThat(trace.failed.get(0)).contains("no audio within 300 ms");
        }
    }

    @Test
    void aMissingEngineOrTextIsReportedAndTheNextPromptStillPlays() {
        List<String> spoken = new CopyOnWriteArrayList<>();
        SpeechEngine flaky = (text, language, playback) -> {
            if (spoken.isEmpty()) {
                spoken.add("failed once");
                throw new IOException("no audio output: no sound card");
            }
            spoken.add(text);
            playback.audioStarted();
        };
        Trace trace = new Trace();
        try (SpokenPrompts voice = new SpokenPrompts(MESSAGES, flaky, trace)) {
            voice.say("menu", Language.ZH_CN);
            await().atMost(Duration.ofSeconds(5)).until(() -> trace.failed.size() == 1);
            voice.say("no-such-prompt", Language.ZH_CN);
            await().atMost(Duration.ofSeconds(5)).until(() -> trace.failed.size() == 2);
            voice.say("menu", Language.ZH_CN);
            await().atMost(Duration.ofSeconds(5)).until(() -> trace.started.size() == 1);
        }
        assertThat(trace.failed).containsExactly("menu: no audio output: no sound card",
                "no-such-prompt: no text for voice.no-such-prompt");
        assertThat(spoken).endsWith(MESSAGES.get(Language.ZH_CN, "voice.menu"));
    }

    @Test
    void everyPromptHasItsTextInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(MESSAGES.bundle(language).keySet().stream().filter(k -> k.startsWith("voice.")).sorted().toList())
                    .as(language.tag())
                    .isEqualTo(MESSAGES.bundle(Language.ZH_CN).keySet().stream().filter(k -> k.startsWith("voice."))
                            .sorted().toList())
                    .hasSizeGreaterThan(10);
        }
    }
}
