package kiosk.app.voice;

import java.util.logging.Logger;
import kiosk.app.i18n.Messages;

/**
 * The kiosk's voice as the machine allows: espeak-ng on the sound card when both are there, otherwise
 * silence (logged once). Either way the flow behaves the same; a missing engine never blocks a step.
 */
public final class KioskVoice {

    private static final Logger LOG = Logger.getLogger(KioskVoice.class.getName());

    private KioskVoice() {
    }

    public static Voice create(Messages messages, VoiceObserver observer) {
        return create(messages, observer, EspeakEngine.standard(new JavaSoundSink()), JavaSoundSink.available());
    }

    /** With the engine and whether there is audio output given (tests of a machine without either). */
    public static Voice create(Messages messages, VoiceObserver observer, EspeakEngine engine, boolean audio) {
        if (!engine.installed()) {
            LOG.warning("espeak-ng is not installed (" + EspeakEngine.DEFAULT_BINARY + "): voice prompts are off");
            return Voice.silent();
        }
        if (!audio) {
            LOG.warning("no audio output on this machine: voice prompts are off");
            return Voice.silent();
        }
        return new SpokenPrompts(messages, engine, observer);
    }
}
