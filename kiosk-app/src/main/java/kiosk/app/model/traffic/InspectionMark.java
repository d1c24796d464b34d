package kiosk.app.model.traffic;

import java.time.Instant;
import java.time.LocalDate;
import kiosk.app.model.Model;

/** An electronic inspection mark (检验标志) issued for a vehicle. */
public record InspectionMark(String markId, String plate, LocalDate validUntil, String qrPayload, Instant issuedAt) {
    public InspectionMark {
        Model.require(markId, "markId");
    }
}
