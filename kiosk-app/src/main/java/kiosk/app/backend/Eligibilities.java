package kiosk.app.backend;

import java.util.LinkedHashMap;
import java.util.Map;
import kiosk.app.model.BackendException;
import kiosk.app.model.Eligibility;

/** The backend's one eligibility route: would it accept this service for this resident now, and at what fee. */
public final class Eligibilities {

    private Eligibilities() {
    }

    public static Eligibility ask(BackendCalls calls, String residentId, String service, Map<String, Object> params)
            throws BackendException {
        // The route takes what is known so far as fields of its body, beside the resident and the service.
        Map<String, Object> body = new LinkedHashMap<>(params);
        body.put("residentId", residentId);
        body.put("service", service);
        return calls.query("eligibility", body, Eligibility.class);
    }
}
