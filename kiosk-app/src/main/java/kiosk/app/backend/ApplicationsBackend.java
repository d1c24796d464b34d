package kiosk.app.backend;

import java.util.List;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;
import kiosk.app.services.progress.ProgressPort;

/** The progress port over the backend's /applications routes (every domain). */
public final class ApplicationsBackend implements ProgressPort {

    private final BackendCalls calls;

    public ApplicationsBackend(BackendCalls calls) {
        this.calls = calls;
    }

    record ProgressQuery(String residentId) {
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
}
