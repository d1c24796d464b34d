package kiosk.app.voice;

import java.io.IOException;
import kiosk.app.i18n.Language;

/** A text-to-speech engine that plays what it synthesises. */
public interface SpeechEngine {

    /**
     * Speaks {@code text}, blocking the calling (voice) thread until the audio has played, the thread is
     * interrupted, or {@code playback} is cancelled. Calls {@link Playback#audioStarted()} when the first
     * sound reaches the audio device.
     *
     * @throws IOException when the engine or the audio device is missing or fails
     */
    void speak(String text, Language language, Playback playback) throws IOException, InterruptedException;

    /** What the engine reports back while speaking, and how it is told to stop. */
    interface Playback {

        void audioStarted();

        boolean cancelled();
    }
}
