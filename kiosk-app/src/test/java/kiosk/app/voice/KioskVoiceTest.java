package kiosk.app.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A kiosk without espeak-ng or without a sound card gets a silent voice: every call returns at once. */
class KioskVoiceTest {

    private static final Map<Language, String> VOICES = Map.of(Language.ZH_CN, "cmn-latn-pinyin",
            Language.ZH_TW, "cmn-latn-pinyin", Language.EN, "en-gb");

    @Test
    void noEngineMeansSilenceThatNeverBlocks() {
        EspeakEngine missing = new EspeakEngine(Path.of("/nonexistent/espeak-ng"), VOICES, 150, format -> {
            throw new AssertionError("no audio may be opened without an engine");
        });
        Voice voice = KioskVoice.create(new Messages(), VoiceObserver.NONE, missing, true);
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            voice.say("pay-warning", Language.ZH_TW);
            voice.replay();
        }
        voice.stop();
        // 200 calls: about 1 ms on a quiet machine; the bound leaves room for a loaded one.
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(500);
        assertThat(voice).isNotInstanceOf(SpokenPrompts.class);
    }

    @Test
    void noSoundCardMeansSilenceToo() {
        EspeakEngine installed = new EspeakEngine(EspeakEngine.DEFAULT_BINARY, VOICES, 150, format -> {
            throw new AssertionError("no audio may be opened without a sound card");
        });
        Voice voice = KioskVoice.create(new Messages(), VoiceObserver.NONE, installed, false);
        voice.say("card", Language.EN);
        assertThat(voice).isNotInstanceOf(SpokenPrompts.class);
    }
}
