package kiosk.app.services;

import java.util.List;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;

/**
 * Applications of every domain: where they stand, and taking back one the resident left unpaid. Blocking;
 * called off the JavaFX thread.
 */
public interface ApplicationsPort {

    /** The resident's applications of every domain, newest first. */
    List<Application> applications(String residentId) throws BackendException;

    /**
     * Withdraws an application this kiosk made for the resident while it awaits its fee; the answer is the
     * application, CANCELLED. Refused (APPLICATION_NOT_WITHDRAWABLE) once it is paid or processed.
     */
    Application withdraw(String residentId, String applicationId, String idempotencyKey) throws BackendException;
}
