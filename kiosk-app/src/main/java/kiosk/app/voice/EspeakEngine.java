package kiosk.app.voice;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import kiosk.app.i18n.Language;

/**
 * espeak-ng (Debian package {@code espeak-ng}) synthesising at run time, offline: it reads any bundle
 * text, including ones that change, in milliseconds and in 2 MB. Mandarin for zh-CN and zh-TW, with the
 * {@code cmn-latn-pinyin} voice: the plain {@code cmn} voice of espeak-ng 1.51 reads many characters as
 * English-spelled pinyin ("qing three"), and this one reads both Simplified and Traditional text.
 * The text goes in on stdin (never on a command line other processes can read); the WAV comes back on
 * stdout and is streamed to the sink as it arrives, so audio starts before synthesis ends.
 */
public final class EspeakEngine implements SpeechEngine {

    public static final Path DEFAULT_BINARY = Path.of("/usr/bin/espeak-ng");

    private final Path binary;
    private final Map<Language, String> voices;
    private final int wordsPerMinute;
    private final AudioSink sink;

    public EspeakEngine(Path binary, Map<Language, String> voices, int wordsPerMinute, AudioSink sink) {
        this.binary = Objects.requireNonNull(binary);
        this.voices = new EnumMap<>(voices);
        this.wordsPerMinute = wordsPerMinute;
        this.sink = Objects.requireNonNull(sink);
        for (Language language : Language.values()) {
            if (!this.voices.containsKey(language)) {
                throw new IllegalArgumentException("no espeak-ng voice for " + language);
            }
        }
    }

    /** Mandarin for both Chinese bundles, British English, a little slower than espeak's 175 wpm. */
    public static EspeakEngine standard(AudioSink sink) {
        return new EspeakEngine(DEFAULT_BINARY, Map.of(Language.ZH_CN, "cmn-latn-pinyin",
                Language.ZH_TW, "cmn-latn-pinyin", Language.EN, "en-gb"), 150, sink);
    }

    public boolean installed() {
        return Files.isExecutable(binary);
    }

    @Override
    public void speak(String text, Language language, Playback playback) throws IOException, InterruptedException {
        if (!installed()) {
            throw new IOException("espeak-ng not installed at " + binary);
        }
        Process process = new ProcessBuilder(binary.toString(), "-v", voices.get(language),
                "-s", Integer.toString(wordsPerMinute), "--stdout")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream wav = process.getInputStream()) {
                play(new DataInputStream(wav), playback);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void play(DataInputStream wav, Playback playback) throws IOException, InterruptedException {
        AudioFormat format = WavHeader.read(wav);
        byte[] chunk = new byte[Math.round(format.getFrameRate() / 50) * format.getFrameSize()]; // 20 ms
        try (AudioSink.Line line = sink.open(format)) {
            int n;
            while ((n = wav.read(chunk)) > 0) {
                if (playback.cancelled() || Thread.currentThread().isInterrupted()) {
                    return;
                }
                line.write(chunk, 0, n);
                playback.audioStarted();
            }
            if (!playback.cancelled()) {
                line.drain();
            }
        }
    }
}
