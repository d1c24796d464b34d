package kiosk.app.admin;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journal first, then tell the backend: every admin action is written to the {@link AuditStore} before
 * anything else happens, then sent on a thread of its own, oldest unsent first, so a backend outage
 * delays the report but never loses it.
 */
public final class AdminAudit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);

    private final AuditStore store;
    private final AdminReporter reporter;
    private final String kioskId;
    private final Clock clock;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "admin-audit");
        t.setDaemon(true);
        return t;
    });

    public AdminAudit(AuditStore store, AdminReporter reporter, String kioskId, Clock clock) {
        this.store = store;
        this.reporter = reporter;
        this.kioskId = kioskId;
        this.clock = clock;
    }

    /** Records the action (durably, before returning) and schedules its report. */
    public AuditRecord record(String staffId, AdminAction action, String subject, String detail) {
        AuditRecord record = store.append(clock.instant(), staffId, action, subject, detail);
        if (record.subject().isEmpty() && record.detail().isEmpty()) {
            log.info("admin action {} by staff {}", action, staffId); // entering, leaving: nothing acted on
        } else {
            log.info("admin action {} by staff {} on '{}': {}", action, staffId, record.subject(), record.detail());
        }
        forward();
        return record;
    }

    /** Sends what the backend does not have yet, on the audit thread; stops at the first failure. */
    public void forward() {
        if (!sender.isShutdown()) {
            sender.execute(this::sendUnsent);
        }
    }

    public List<AuditRecord> recent(int limit) {
        return store.recent(limit);
    }

    public List<AuditRecord> unsent() {
        return store.unsent(1_000);
    }

    private void sendUnsent() {
        for (AuditRecord record : store.unsent(100)) {
            try {
                reporter.send(kioskId, record);
                store.markSent(record.id());
            } catch (Exception e) {
                log.warn("admin action {} not reported yet: {}", record.id(), e.getMessage());
                return;
            }
        }
    }

    @Override
    public void close() {
        sender.shutdown();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
