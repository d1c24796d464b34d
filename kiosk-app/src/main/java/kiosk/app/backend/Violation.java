package kiosk.app.backend;

import java.time.Instant;

/** One traffic violation as the backend reports it. */
public record Violation(String violationId, String plate, Instant occurredAt, String location,
                        LocalizedText description, long fineCents, int points, String status, boolean payable) {
}
