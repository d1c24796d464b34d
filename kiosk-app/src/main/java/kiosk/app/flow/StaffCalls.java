package kiosk.app.flow;

/**
 * "Call staff": the resident asked for a person. The engine calls this off its lock, on the I/O
 * executor; {@code kioskStep} names where the resident is ({@code menu}, {@code traffic.fines/choose},
 * {@code payment}), never who they are. An implementation raises an urgent event station staff and
 * operations see; it may block and must not throw.
 */
@FunctionalInterface
public interface StaffCalls {

    void callStaff(String kioskStep);

    /** Calls nobody (tests that do not look). */
    StaffCalls NONE = kioskStep -> { };
}
