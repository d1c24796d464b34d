package kiosk.app.model.traffic;

import java.time.LocalDate;
import kiosk.app.model.Model;

/** A vehicle the resident owns, with its inspection validity. */
public record Vehicle(String plate, String model, LocalDate registeredOn, LocalDate inspectionValidUntil,
                      boolean inspectionOverdue, int unpaidViolations) {
    public Vehicle {
        Model.require(plate, "plate");
        Model.check(inspectionValidUntil != null, "missing inspectionValidUntil");
    }
}
