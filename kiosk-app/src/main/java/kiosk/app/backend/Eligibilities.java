package kiosk.app.backend;

import java.util.LinkedHashMap;
import java.util.Map;
import kiosk.app.model.BackendException;
import kiosk.app.model.Eligibility;

/** The backend's one eligibility route: would it accept this service for this resident now, and at what fee. */
public final class Eligibilities {

    private Eligibilities() {
    }

    /**
     * Asks about {@code service} (the backend's name, e.g. LICENCE_RENEWAL); the parameters known so far
     * (plate, permitId, destination, type, trips ...) travel as fields of the request beside the resident.
     */
    public static Eligibility ask(BackendCalls calls, String residentId, String service, Map<String, Object> params)
            throws BackendException {
        Map<String, Object> body = new LinkedHashMap<>(params);
        body.put("residentId", residentId);
        body.put("service", service);
        return calls.query("eligibility", body, Eligibility.class);
    }
}
