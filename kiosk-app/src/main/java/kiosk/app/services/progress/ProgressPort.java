package kiosk.app.services.progress;

import java.util.List;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;

/** Applications of every domain and where they stand. Blocking; called off the JavaFX thread. */
public interface ProgressPort {

    /** The resident's applications of every domain, newest first. */
    List<Application> applications(String residentId) throws BackendException;
}
