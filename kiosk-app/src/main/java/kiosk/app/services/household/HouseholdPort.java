package kiosk.app.services.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;
import kiosk.app.model.Eligibility;
import kiosk.app.model.household.Certificate;

/** The household-registration backend as the household services need it. Blocking; called off the JavaFX thread. */
public interface HouseholdPort {

    /** Whether a household service would be accepted now, and at what fee (asked before anything is filled in). */
    Eligibility eligibility(String residentId, String service, Map<String, Object> params) throws BackendException;

    /** A first residence permit (居住证) for the city, from the day residence there began. */
    Application applyResidencePermit(String residentId, LocalDate residenceSince, String idempotencyKey) throws BackendException;

    /** Extends the resident's current residence permit. */
    Application renewResidencePermit(String residentId, String idempotencyKey) throws BackendException;

    /** Issues a household registration certificate (户籍证明) for a purpose; it carries its verification code. */
    Certificate certificate(String residentId, String purpose, String idempotencyKey) throws BackendException;

    /** Opens a temporary ID certificate application (临时身份证明); it awaits its fee. */
    Application temporaryId(String residentId, String idempotencyKey) throws BackendException;

    /** The resident's ID card applications, newest first. */
    List<Application> idCardApplications(String residentId) throws BackendException;
}
