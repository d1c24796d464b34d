package kiosk.app.backend;

import kiosk.app.model.BackendException;
import java.util.List;
import java.util.Map;
import kiosk.app.model.Application;
import kiosk.app.model.Eligibility;
import kiosk.app.model.Violation;
import kiosk.app.model.traffic.InspectionMark;
import kiosk.app.model.traffic.Licence;
import kiosk.app.model.traffic.Vehicle;
import kiosk.app.services.traffic.TrafficPort;

/** The traffic port over the backend's /traffic routes. */
public final class TrafficBackend implements TrafficPort {

    private final BackendCalls calls;

    public TrafficBackend(BackendCalls calls) {
        this.calls = calls;
    }

    record ResidentQuery(String residentId) {
    }

    record PlateQuery(String plate, String engineTail) {
    }

    record ViolationList(List<Violation> violations) {
        ViolationList {
            violations = violations == null ? List.of() : List.copyOf(violations);
        }
    }

    record VehicleList(List<Vehicle> vehicles) {
        VehicleList {
            vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        }
    }

    record Renewal(String residentId, String healthCheckRef) {
    }

    record MarkRequest(String residentId, String plate) {
    }

    @Override
    public List<Violation> violations(String residentId) throws BackendException {
        return calls.query("traffic/violations/query", new ResidentQuery(residentId), ViolationList.class).violations();
    }

    @Override
    public List<Violation> violationsByPlate(String plate, String engineTail) throws BackendException {
        return calls.query("traffic/violations/query", new PlateQuery(plate, engineTail), ViolationList.class).violations();
    }

    @Override
    public List<Vehicle> vehicles(String residentId) throws BackendException {
        return calls.query("traffic/vehicles/query", new ResidentQuery(residentId), VehicleList.class).vehicles();
    }

    @Override
    public Licence licence(String residentId) throws BackendException {
        return calls.query("traffic/licence/query", new ResidentQuery(residentId), Licence.class);
    }

    @Override
    public Eligibility eligibility(String residentId, String service, Map<String, Object> params) throws BackendException {
        return Eligibilities.ask(calls, residentId, service, params);
    }

    @Override
    public Application renewLicence(String residentId, String healthCheckRef, String idempotencyKey) throws BackendException {
        return calls.change("traffic/licence/renewals", new Renewal(residentId, healthCheckRef), idempotencyKey, Application.class);
    }

    @Override
    public InspectionMark inspectionMark(String residentId, String plate, String idempotencyKey) throws BackendException {
        return calls.change("traffic/inspection-marks", new MarkRequest(residentId, plate), idempotencyKey, InspectionMark.class);
    }
}
