package kiosk.app.flow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.app.model.Resident;

/**
 * One resident running one service: where in its steps they are, what the steps gathered, what they
 * typed, and the screens they can go back to. Dropped when the service ends or the visit is wiped.
 */
final class ServiceRun implements ServiceContext {

    final ResidentService service;
    private final Identification identification;
    private final Resident resident;
    private Language language;
    private final String runId = UUID.randomUUID().toString();
    private final Map<String, Object> facts = new HashMap<>();
    final Map<String, String> inputs = new LinkedHashMap<>();
    /** The form input the keypad types into (null: the first not yet complete). */
    String activeInput;
    /** Indexes of steps the resident saw, so Back returns to the last screen, not to a query. */
    final Deque<Integer> shown = new ArrayDeque<>();
    int index;

    ServiceRun(ResidentService service, Identification identification, Resident resident, Language language) {
        this.service = service;
        this.identification = identification;
        this.resident = resident;
        this.language = language;
    }

    Step current() {
        return service.steps().get(index);
    }

    boolean atLastStep() {
        return index == service.steps().size() - 1;
    }

    <T> void put(Slot<T> slot, T value) {
        facts.put(slot.name(), value);
    }

    @Override
    public Identification identification() {
        return identification;
    }

    @Override
    public Resident resident() {
        return resident;
    }

    void language(Language value) {
        language = value;
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public <T> T get(Slot<T> slot) {
        T value = find(slot);
        if (value == null) {
            throw new IllegalStateException(service.id() + " reads slot '" + slot.name() + "' that no earlier step filled");
        }
        return value;
    }

    @Override
    public <T> T find(Slot<T> slot) {
        return slot.type().cast(facts.get(slot.name()));
    }

    @Override
    public List<String> chosen(Slot<ChoiceSet> slot) {
        return get(slot).ids();
    }

    @Override
    public String idempotencyKey(String purpose) {
        return UUID.nameUUIDFromBytes((runId + ":" + purpose).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Drops every value gathered (personal data among them). */
    void wipe() {
        facts.clear();
        inputs.clear();
        activeInput = null;
        shown.clear();
    }
}
