package kiosk.app.services.exitentry;

import java.util.List;
import kiosk.app.model.BackendException;
import kiosk.app.model.Application;
import kiosk.app.model.Eligibility;
import kiosk.app.model.exitentry.Collection;
import kiosk.app.model.exitentry.Permit;

/** The exit-entry backend as the exit-entry services need it. Blocking; called off the JavaFX thread. */
public interface ExitEntryPort {

    /** The resident's travel permits with their endorsements. */
    List<Permit> permits(String residentId) throws BackendException;

    /** Whether the backend would accept this endorsement now, and its fee; refusals say where to go instead. */
    Eligibility endorsementEligibility(String residentId, EndorsementChoice choice) throws BackendException;

    /** Applies for the endorsement; the application waits for its fee. */
    Application applyForEndorsement(String residentId, EndorsementChoice choice, String idempotencyKey)
            throws BackendException;

    /** Exit-entry documents of the resident and whether they can be collected. */
    List<Collection> collections(String residentId) throws BackendException;

    /** What the resident chose: the permit, destination (HK, MO, TW), endorsement type and number of trips. */
    record EndorsementChoice(String permitId, String destination, String type, int trips) {
    }
}
