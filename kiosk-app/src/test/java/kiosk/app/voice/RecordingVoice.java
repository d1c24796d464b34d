package kiosk.app.voice;

import java.util.ArrayList;
import java.util.List;
import kiosk.app.i18n.Language;

/** A {@link Voice} for tests: records what the flow asked to be said, in order. */
public final class RecordingVoice implements Voice {

    /** One request: {@code say(key, language)}, or a replay or stop (key "replay" / "stop", no language). */
    public record Spoken(String key, Language language) {
    }

    private final List<Spoken> spoken = new ArrayList<>();

    @Override
    public synchronized void say(String promptKey, Language language) {
        spoken.add(new Spoken(promptKey, language));
    }

    @Override
    public synchronized void replay() {
        spoken.add(new Spoken("replay", null));
    }

    @Override
    public synchronized void stop() {
        spoken.add(new Spoken("stop", null));
    }

    public synchronized List<Spoken> spoken() {
        return List.copyOf(spoken);
    }

    /** The prompt keys said, without replays and stops. */
    public synchronized List<String> keys() {
        return spoken.stream().filter(s -> s.language() != null).map(Spoken::key).toList();
    }
}
