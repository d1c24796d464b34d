package kiosk.app.flow;

import java.util.Optional;
import kiosk.app.model.LocalizedText;

/**
 * Which services staff have switched off, and the words residents read on the tile instead (the
 * configuration's {@code services} section, changed in admin mode). The menu asks on every build.
 */
@FunctionalInterface
public interface ServiceSwitchboard {

    ServiceSwitchboard ALL_ON = serviceId -> Optional.empty();

    /** Empty while the service is on; otherwise why it is off, per language. */
    Optional<LocalizedText> offReason(String serviceId);
}
