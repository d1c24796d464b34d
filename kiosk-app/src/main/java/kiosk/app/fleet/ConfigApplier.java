package kiosk.app.fleet;

import java.util.Map;

/**
 * Applies a configuration the fleet wants this kiosk to run. Throws {@link Refused} with a reason when it
 * will not (invalid, unsigned, older than the one installed): the kiosk then keeps running what it runs and
 * keeps reporting that, so a staged rollout does not move past it.
 */
@FunctionalInterface
public interface ConfigApplier {

    void apply(int version, Map<String, Object> config) throws Refused;

    /** The configuration is not taken; the reason names the field or rule, never personal data. */
    final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }
}
