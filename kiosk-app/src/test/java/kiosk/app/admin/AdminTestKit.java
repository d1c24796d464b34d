package kiosk.app.admin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.config.Localized;

/** Admin mode over fake devices for the view tests in kiosk.app.ui.admin, with the residents' real reason texts. */
public final class AdminTestKit implements AutoCloseable {

    public static final String PIN = AdminFixture.PIN;

    private final AdminFixture f;

    public AdminTestKit(Path dir, Executor io) {
        Messages messages = new Messages();
        f = new AdminFixture(dir, io, key -> Localized.of(messages.get(Language.ZH_CN, key), messages.get(Language.ZH_TW, key),
                messages.get(Language.EN, key)));
    }

    /** Opens the PIN pad, types the PIN and submits it. */
    public void enterPin(String pin) {
        f.enterPin(pin);
    }

    public AdminModel model() {
        return f.model;
    }

    public AuditStore store() {
        return f.store;
    }

    public StaffCalls calls() {
        return f.calls;
    }

    public RecentEvents events() {
        return f.events;
    }

    public ServiceSwitches services() {
        return f.services;
    }

    public int restarts() {
        return f.restarts.get();
    }

    public Instant now() {
        return f.clock.instant();
    }

    public boolean reported(AdminAction action) {
        return f.reporter.sent.stream().anyMatch(r -> r.action() == action);
    }

    @Override
    public void close() {
        f.close();
    }
}
