package kiosk.app.flow;

import kiosk.app.model.BackendException;
import kiosk.app.model.Identification;
import kiosk.app.model.Resident;

/** Who the resident is, as the backend knows them. Blocking: the engine calls it off the JavaFX thread. */
public interface IdentityPort {

    Resident lookup(Identification who) throws BackendException;

    /** An electronic identity code (e-ID shown on a phone): whom it identifies, or a refusal. */
    Identified fromCode(String payload) throws BackendException;

    record Identified(Identification identification, Resident resident) {
    }
}
