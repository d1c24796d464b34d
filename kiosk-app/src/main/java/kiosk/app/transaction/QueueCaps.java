package kiosk.app.transaction;

/**
 * Limits of the store-and-forward queue, as payment terminals have them: the kiosk keeps working
 * offline for a while, but not indefinitely and not for unbounded sums.
 */
public record QueueCaps(int maxOperations, long maxAmountCents) {

    public static QueueCaps defaults() {
        return new QueueCaps(200, 2_000_000L);
    }
}
