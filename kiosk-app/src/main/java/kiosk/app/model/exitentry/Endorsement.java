package kiosk.app.model.exitentry;

import java.time.LocalDate;

/** An endorsement (签注) on a travel permit and the trips it has left. */
public record Endorsement(String endorsementId, String destination, String type, int tripsTotal, int tripsRemaining,
                          LocalDate validUntil, boolean usable) {
}
