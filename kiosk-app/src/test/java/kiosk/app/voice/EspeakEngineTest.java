package kiosk.app.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The real engine (Debian's espeak-ng; .ci/run installs it) into a capturing sink. */
class EspeakEngineTest {

    private static final Messages MESSAGES = new Messages();

    private static final class Clock implements SpeechEngine.Playback {
        final long start = System.nanoTime();
        long firstAudio;

        @Override
        public void audioStarted() {
            if (firstAudio == 0) {
                firstAudio = System.nanoTime();
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    @Test
    void everyPromptOfEveryLanguageBecomesAudioQuickly() throws Exception {
        CapturingSink sink = new CapturingSink();
        EspeakEngine engine = EspeakEngine.standard(sink);
        assumeTrue(engine.installed(), "espeak-ng is not installed (apt-get install espeak-ng)");
        List<Long> latencies = new ArrayList<>();
        for (Language language : Language.values()) {
            int first = latencies.size();
            for (String key : MESSAGES.bundle(language).keySet().stream().filter(k -> k.startsWith("voice.")).sorted()
                    .toList()) {
                int before = sink.bytes();
                Clock clock = new Clock();
                engine.speak(MESSAGES.get(language, key), language, clock);
                int bytes = sink.bytes() - before;
                double seconds = bytes / (sink.format.getFrameRate() * sink.format.getFrameSize());
                assertThat(seconds).as("%s %s", key, language).isGreaterThan(0.5);
                latencies.add((clock.firstAudio - clock.start) / 1_000_000);
            }
            List<Long> own = latencies.subList(first, latencies.size()).stream().sorted().toList();
            System.out.printf("espeak-ng %s: median %d ms, worst %d ms%n", language.tag(), own.get(own.size() / 2),
                    own.get(own.size() - 1));
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        long worst = sorted.get(sorted.size() - 1);
        System.out.printf("espeak-ng say-to-first-audio over %d prompts: median %d ms, worst %d ms%n",
                sorted.size(), median, worst);
        assertThat(median).isLessThan(500);
    }

    @Test
    void traditionalTextIsReadAsMandarinNotSpelledOut() throws Exception {
        CapturingSink sink = new CapturingSink();
        EspeakEngine engine = EspeakEngine.standard(sink);
        assumeTrue(engine.installed(), "espeak-ng is not installed (apt-get install espeak-ng)");
        engine.speak("請觸控螢幕開始", Language.ZH_TW, new Clock());
        double seconds = sink.bytes() / (sink.format.getFrameRate() * sink.format.getFrameSize());
        // Seven syllables at 150 wpm take about two seconds; spelling each as "Chinese letter" took five.
        assertThat(seconds).isBetween(1.0, 3.5);
    }

    @Test
    void aMissingBinaryIsAnIoFailureNotAHang() {
        EspeakEngine engine = new EspeakEngine(Path.of("/nonexistent/espeak-ng"),
                Map.of(Language.ZH_CN, "cmn", Language.ZH_TW, "cmn", Language.EN, "en"), 150, new CapturingSink());
        assertThat(engine.installed()).isFalse();
        assertThatThrownBy(() -> engine.speak("x", Language.EN, new Clock())).isInstanceOf(IOException.class);
        List<String> failures = new ArrayList<>();
        try (SpokenPrompts voice = new SpokenPrompts(MESSAGES, engine, new VoiceObserver() {
            @Override
            public void failed(String promptKey, Language language, String reason) {
                failures.add(reason);
            }
        }, Duration.ofSeconds(1), Duration.ofSeconds(5))) {
            voice.say("done", Language.EN);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(3)).until(() -> !failures.isEmpty());
        }
        assertThat(failures.get(0)).contains("not installed");
    }
}
