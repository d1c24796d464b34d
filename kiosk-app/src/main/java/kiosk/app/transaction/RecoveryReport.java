package kiosk.app.transaction;

/**
 * What recovery (or a later reconciliation round) did.
 *
 * @param resent           open operations sent again, each with its own journaled key
 * @param confirmed        of those, confirmed by the backend
 * @param refused          of those, refused by the backend
 * @param stillQueued      operations still waiting (backend unreachable, or backing off after a failure)
 * @param reprintAvailable payments found paid but not printed, now reprintable by ID card
 * @param needsRefund      payments found paid after the kiosk told the resident it failed
 * @param refunded         refunds confirmed in this round
 * @param abandoned        sessions that died with the previous process, order still open
 * @param expired          orders the backend reports expired or cancelled
 * @param pruned           finished, confirmed payments removed after the retention period
 */
public record RecoveryReport(int resent, int confirmed, int refused, int stillQueued, int reprintAvailable,
                             int needsRefund, int refunded, int abandoned, int expired, int pruned) {

    /** A round that found nothing to do. */
    public static final RecoveryReport NOTHING = new RecoveryReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
