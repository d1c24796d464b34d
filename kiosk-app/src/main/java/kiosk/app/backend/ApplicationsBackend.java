package kiosk.app.backend;

import java.util.List;
import java.util.regex.Pattern;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;
import kiosk.app.services.ApplicationsPort;

/** The applications port over the backend's /applications routes (every domain). */
public final class ApplicationsBackend implements ApplicationsPort {

    /** The backend's application ids ({@code A-…}): one path segment, nothing to escape. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final BackendCalls calls;

    public ApplicationsBackend(BackendCalls calls) {
        this.calls = calls;
    }

    record ProgressQuery(String residentId) {
    }

    record Withdrawal(String residentId) {
    }

    record ApplicationList(List<Application> applications) {
        ApplicationList {
            applications = applications == null ? List.of() : List.copyOf(applications);
        }
    }

    @Override
    public List<Application> applications(String residentId) throws BackendException {
        return calls.query("applications/query", new ProgressQuery(residentId), ApplicationList.class).applications();
    }

    @Override
    public Application withdraw(String residentId, String applicationId, String idempotencyKey) throws BackendException {
        if (applicationId == null || !ID.matcher(applicationId).matches()) {
            throw new IllegalArgumentException("not an application id");
        }
        return calls.change("applications/" + applicationId + "/withdraw", new Withdrawal(residentId), idempotencyKey,
                Application.class);
    }
}
