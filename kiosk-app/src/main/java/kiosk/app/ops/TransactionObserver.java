package kiosk.app.ops;

/**
 * Told when a resident's transaction ends. service is the service's enum name, outcome one of
 * {@link KioskMetrics#OUTCOMES}; anything else is counted as "other", so labels stay bounded.
 */
@FunctionalInterface
public interface TransactionObserver {

    void finished(String service, String outcome);
}
