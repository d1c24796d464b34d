package kiosk.app.backend;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;
import kiosk.app.model.Eligibility;
import kiosk.app.model.household.Certificate;
import kiosk.app.services.household.HouseholdPort;

/** The household port over the backend's /household routes. */
public final class HouseholdBackend implements HouseholdPort {

    private final BackendCalls calls;

    public HouseholdBackend(BackendCalls calls) {
        this.calls = calls;
    }

    record ResidentQuery(String residentId) {
    }

    record PermitRequest(String residentId, String kind, LocalDate residenceSince) {
    }

    record CertificateRequest(String residentId, String purpose) {
    }

    @Override
    public Eligibility eligibility(String residentId, String service, Map<String, Object> params) throws BackendException {
        return Eligibilities.ask(calls, residentId, service, params);
    }

    @Override
    public Application applyResidencePermit(String residentId, LocalDate residenceSince, String idempotencyKey)
            throws BackendException {
        return calls.change("household/residence-permits/applications", new PermitRequest(residentId, "NEW", residenceSince),
                idempotencyKey, Application.class);
    }

    @Override
    public Application renewResidencePermit(String residentId, String idempotencyKey) throws BackendException {
        return calls.change("household/residence-permits/applications", new PermitRequest(residentId, "RENEWAL", null),
                idempotencyKey, Application.class);
    }

    @Override
    public Certificate certificate(String residentId, String purpose, String idempotencyKey) throws BackendException {
        return calls.change("household/certificates", new CertificateRequest(residentId, purpose), idempotencyKey,
                Certificate.class);
    }

    @Override
    public Application temporaryId(String residentId, String idempotencyKey) throws BackendException {
        return calls.change("household/temporary-id", new ResidentQuery(residentId), idempotencyKey, Application.class);
    }

    @Override
    public List<Application> idCardApplications(String residentId) throws BackendException {
        return calls.query("household/id-card/progress", new ResidentQuery(residentId), ApplicationsBackend.ApplicationList.class)
                .applications();
    }
}
