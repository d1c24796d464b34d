package kiosk.app.assembly;

import java.time.Instant;
import java.util.UUID;
import kiosk.app.flow.StaffCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Call staff" as an urgent event in the kiosk's structured log (kind CALL_STAFF, the kiosk, the step,
 * when, an event id), which station staff and operations watch. No personal data: the step names a
 * screen, never a resident. The fleet's urgent-events outbox will take these events over; until then
 * the log line is the event.
 */
final class LoggedStaffCalls implements StaffCalls {

    private static final Logger LOG = LoggerFactory.getLogger("kiosk.events");

    private final String kioskId;

    LoggedStaffCalls(String kioskId) {
        this.kioskId = kioskId;
    }

    @Override
    public void callStaff(String kioskStep) {
        LOG.warn("Urgent event CALL_STAFF id={} kiosk={} step={} at={}", UUID.randomUUID(), kioskId, kioskStep,
                Instant.now());
    }
}
