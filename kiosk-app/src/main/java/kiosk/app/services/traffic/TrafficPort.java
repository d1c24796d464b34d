package kiosk.app.services.traffic;

import java.util.List;
import kiosk.app.model.BackendException;
import kiosk.app.model.Application;
import kiosk.app.model.Eligibility;
import kiosk.app.model.Violation;
import kiosk.app.model.traffic.InspectionMark;
import kiosk.app.model.traffic.Licence;
import kiosk.app.model.traffic.Vehicle;

/** The vehicles-and-drivers backend as the traffic services need it. Blocking; called off the JavaFX thread. */
public interface TrafficPort {

    /** Violations of the resident's own vehicles and licence. */
    List<Violation> violations(String residentId) throws BackendException;

    /** Violations of a vehicle, found by its plate and the last digits of its engine number. */
    List<Violation> violationsByPlate(String plate, String engineTail) throws BackendException;

    List<Vehicle> vehicles(String residentId) throws BackendException;

    Licence licence(String residentId) throws BackendException;

    /** Whether a service ("LICENCE_RENEWAL", "INSPECTION_MARK") would be accepted now. */
    Eligibility eligibility(String residentId, String service, java.util.Map<String, Object> params) throws BackendException;

    Application renewLicence(String residentId, String healthCheckRef, String idempotencyKey) throws BackendException;

    InspectionMark inspectionMark(String residentId, String plate, String idempotencyKey) throws BackendException;
}
