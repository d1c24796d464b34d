package kiosk.app.flow;

import java.util.List;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.app.model.Resident;

/** What a step's functions see of the visit: who, in which language, and what the run has gathered. */
public interface ServiceContext {

    Identification identification();

    Resident resident();

    Language language();

    /** A value an earlier step stored; fails loudly when a declaration reads a slot nothing filled. */
    <T> T get(Slot<T> slot);

    /** Like get, null when the slot was never filled (optional inputs). */
    <T> T find(Slot<T> slot);

    /** The ids chosen in a multiple-choice step. */
    List<String> chosen(Slot<ChoiceSet> slot);

    /**
     * An idempotency key for a mutating call of this step, the same for every resend within the visit
     * and the same service run, so a retried or repeated tap never acts twice.
     */
    String idempotencyKey(String purpose);
}
