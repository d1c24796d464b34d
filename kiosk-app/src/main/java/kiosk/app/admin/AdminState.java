package kiosk.app.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One immutable snapshot of admin mode that a view renders: whether it is closed, asking for a PIN or
 * open for a staff member, which section shows, and that section's data. Texts are bundle keys.
 */
public record AdminState(
        Phase phase,
        int pinLength,
        Optional<Instant> lockedUntil,
        String staffId,
        Section section,
        boolean busy,
        Optional<Notice> notice,
        List<AdminDevices.DeviceRow> devices,
        List<PaperRow> paper,
        List<ServiceRow> services,
        List<RecentEvents.Event> events,
        List<StaffCalls.Call> calls,
        int configVersion) {

    public AdminState {
        devices = List.copyOf(devices);
        paper = List.copyOf(paper);
        services = List.copyOf(services);
        events = List.copyOf(events);
        calls = List.copyOf(calls);
    }

    /** Closed (the resident flow shows), asking for a PIN, or open. */
    public enum Phase { CLOSED, PIN_ENTRY, OPEN }

    /** The admin screens. */
    public enum Section { DEVICES, PAPER, SERVICES, CONFIG, EVENTS, CALLS, RESTART }

    /** Feedback on the last action: a staff bundle key, its arguments, and whether it went well. */
    public record Notice(String key, List<String> args, boolean ok) {
        public Notice {
            args = List.copyOf(args);
        }

        public static Notice of(boolean ok, String key, Object... args) {
            return new Notice(key, java.util.Arrays.stream(args).map(String::valueOf).toList(), ok);
        }
    }

    /** A printer's estimated paper. */
    public record PaperRow(String deviceId, int remainingMm, boolean low) {
    }

    /** A service as staff see it: enabled, or disabled with the reason residents read (zh-CN shown). */
    public record ServiceRow(String serviceId, String title, boolean enabled, String reason) {
    }

    static AdminState closed() {
        return new AdminState(Phase.CLOSED, 0, Optional.empty(), "", Section.DEVICES, false, Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    AdminState with(Phase p, int pin, Optional<Instant> locked, String staff, Section s, boolean b, Optional<Notice> n) {
        return new AdminState(p, pin, locked, staff, s, b, n, devices, paper, services, events, calls, configVersion);
    }

    AdminState withData(List<AdminDevices.DeviceRow> d, List<PaperRow> pr, List<ServiceRow> sv, List<RecentEvents.Event> ev,
                        List<StaffCalls.Call> c, int version) {
        return new AdminState(phase, pinLength, lockedUntil, staffId, section, busy, notice, d, pr, sv, ev, c, version);
    }
}
