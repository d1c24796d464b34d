package kiosk.app.admin;

import java.time.Instant;
import java.util.Objects;

/**
 * One admin action: when, which staff member (their id, never a name; "-" before anyone is identified),
 * what, on what (a device or service id), and a short outcome with personal data already masked.
 */
public record AuditRecord(long id, Instant at, String staffId, AdminAction action, String subject, String detail) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(action, "action");
        subject = subject == null ? "" : subject;
        detail = PersonalDataMask.mask(detail == null ? "" : detail);
    }
}
