package kiosk.app.assembly;

import java.time.Instant;
import kiosk.app.fleet.UrgentEvents;
import kiosk.app.flow.StaffCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident's "call staff": a request on the admin screen's list (station staff), an urgent CALL_STAFF
 * event through the fleet outbox (operations; it survives a restart), and a line in the log. Staff
 * answering the last open request in admin mode clears the event. Only the step is known, never who.
 */
final class StationStaffCalls implements StaffCalls {

    private static final Logger LOG = LoggerFactory.getLogger("kiosk.events");

    private volatile UrgentEvents urgent;
    private volatile kiosk.app.admin.StaffCalls requests;

    /** Once operations and admin mode run (the engine may call before: the log line is all it gets then). */
    void connect(UrgentEvents urgentEvents, kiosk.app.admin.StaffCalls adminRequests) {
        this.urgent = urgentEvents;
        this.requests = adminRequests;
        adminRequests.subscribe(open -> {
            if (open.isEmpty()) {
                urgentEvents.staffAnswered();
            }
        });
    }

    @Override
    public void callStaff(String kioskStep) {
        LOG.warn("Urgent event CALL_STAFF step={} at={}", kioskStep, Instant.now());
        try {
            kiosk.app.admin.StaffCalls list = requests;
            if (list != null) {
                list.raise(kioskStep);
            }
            UrgentEvents events = urgent;
            if (events != null) {
                events.callStaff();
            }
        } catch (RuntimeException e) {
            LOG.warn("call for staff not recorded everywhere: {}", e.getClass().getSimpleName());
        }
    }
}
