package kiosk.app.model.exitentry;

import java.time.Instant;

/** A finished document and whether it can be collected, and where. */
public record Collection(String applicationId, String type, String applicationStatus, String collectionStatus,
                         String collectionPoint, Instant updatedAt) {
}
