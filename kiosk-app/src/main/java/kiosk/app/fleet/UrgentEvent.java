package kiosk.app.fleet;

import java.time.Instant;

/**
 * A problem raised or cleared, sent to the fleet at once. The id is made once, when the event is journaled,
 * and every resend carries it, so the fleet records the event once. device is "" for kiosk-wide events.
 * Nothing personal: kind, device id and time only.
 */
public record UrgentEvent(String eventId, EventKind kind, boolean raised, String device, Instant occurredAt) {

    public String action() {
        return raised ? "RAISED" : "CLEARED";
    }
}
