package kiosk.app.backend;

import kiosk.app.model.BackendException;
import java.util.Map;
import kiosk.app.model.Eligibility;

/** The backend's one eligibility route: would it accept this service for this resident now, and at what fee. */
public final class Eligibilities {

    private Eligibilities() {
    }

    record Ask(String residentId, String service, Map<String, Object> params) {
    }

    public static Eligibility ask(BackendCalls calls, String residentId, String service, Map<String, Object> params)
            throws BackendException {
        return calls.query("eligibility", new Ask(residentId, service, params), Eligibility.class);
    }
}
