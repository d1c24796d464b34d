package kiosk.app.voice;

import java.time.Duration;
import kiosk.app.i18n.Language;

/** What speech did, for metrics and the journal of device states; never contains prompt arguments. */
public interface VoiceObserver {

    /** Audio of the prompt started {@code latency} after {@code say()}. */
    default void started(String promptKey, Language language, Duration latency) {
    }

    /** The prompt could not be spoken (no engine, no sound card, too slow); the flow went on. */
    default void failed(String promptKey, Language language, String reason) {
    }

    VoiceObserver NONE = new VoiceObserver() {
    };
}
