package kiosk.app.voice;

import kiosk.app.i18n.Language;

/**
 * Spoken prompts. Every method returns at once: speech runs elsewhere, and a kiosk without audio (no
 * engine, no sound card) behaves exactly as one that spoke. Prompt texts are the bundle keys
 * {@code voice.<promptKey>}.
 */
public interface Voice {

    /** Speaks the prompt, cutting off whatever was being said: the latest screen's words win. */
    void say(String promptKey, Language language);

    /** Speaks the last prompt again (the replay button). */
    void replay();

    /** Silence now, and nothing queued. */
    void stop();

    /** A voice that says nothing, for kiosks configured without speech. */
    static Voice silent() {
        return new Voice() {
            @Override
            public void say(String promptKey, Language language) {
            }

            @Override
            public void replay() {
            }

            @Override
            public void stop() {
            }
        };
    }
}
