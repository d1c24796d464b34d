package kiosk.app.admin;

import java.io.IOException;

/** Sends one admin action to the backend; throws when it was not acknowledged (it is sent again later). */
@FunctionalInterface
public interface AdminReporter {
    void send(String kioskId, AuditRecord record) throws IOException;
}
