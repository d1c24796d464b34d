package kiosk.app.backend;

import java.util.List;
import java.util.Map;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;
import kiosk.app.model.Eligibility;
import kiosk.app.model.exitentry.Collection;
import kiosk.app.model.exitentry.Permit;
import kiosk.app.services.exitentry.ExitEntryPort;
import kiosk.app.services.exitentry.ExitEntryPort.EndorsementChoice;

/** The exit-entry port over the backend's /exit-entry routes. */
public final class ExitEntryBackend implements ExitEntryPort {

    private final BackendCalls calls;

    public ExitEntryBackend(BackendCalls calls) {
        this.calls = calls;
    }

    record ResidentQuery(String residentId) {
    }

    record Endorsement(String residentId, String permitId, String destination, String type, int trips) {
        Endorsement(String residentId, EndorsementChoice choice) {
            this(residentId, choice.permitId(), choice.destination(), choice.type(), choice.trips());
        }
    }

    record PermitList(List<Permit> permits) {
        PermitList {
            permits = permits == null ? List.of() : List.copyOf(permits);
        }
    }

    record CollectionList(List<Collection> documents) {
        CollectionList {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    @Override
    public List<Permit> permits(String residentId) throws BackendException {
        return calls.query("exit-entry/permits/query", new ResidentQuery(residentId), PermitList.class).permits();
    }

    @Override
    public Eligibility endorsementEligibility(String residentId, EndorsementChoice choice) throws BackendException {
        return Eligibilities.ask(calls, residentId, "ENDORSEMENT", Map.of("permitId", choice.permitId(),
                "destination", choice.destination(), "type", choice.type(), "trips", choice.trips()));
    }

    @Override
    public Application applyForEndorsement(String residentId, EndorsementChoice choice, String idempotencyKey)
            throws BackendException {
        return calls.change("exit-entry/endorsements", new Endorsement(residentId, choice), idempotencyKey, Application.class);
    }

    @Override
    public List<Collection> collections(String residentId) throws BackendException {
        return calls.query("exit-entry/collections/query", new ResidentQuery(residentId), CollectionList.class).documents();
    }
}
