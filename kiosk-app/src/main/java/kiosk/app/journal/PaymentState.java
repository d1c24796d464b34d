package kiosk.app.journal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one payment at this kiosk. Legal moves are listed here and enforced by the journal;
 * anything else is a bug and throws {@link IllegalTransitionException}.
 *
 * <pre>
 * ORDERING -> AWAITING_PAYMENT -> PAID -> PRINTED
 *                                  |  \-> REPRINT_AVAILABLE -> PRINTED
 *                                  \----> NEEDS_REFUND -> REFUNDED   (business step failed after payment)
 * AWAITING_PAYMENT -> EXPIRED | ABANDONED;  ABANDONED -> PAID (paid late: reprintable) | EXPIRED
 * ORDERING -> REFUSED | FAILED;  FAILED -> NEEDS_REFUND (paid although the resident was told it failed) | EXPIRED
 * </pre>
 */
public enum PaymentState {
    /** Order creation journaled (key and clientRef fixed), answer not yet in. */
    ORDERING,
    /** The backend created the order; the QR code is on screen. */
    AWAITING_PAYMENT,
    /** The backend says paid; the receipt is not printed yet. */
    PAID,
    /** Receipt printed. */
    PRINTED,
    /** Paid, but the receipt did not come out (printer fault or kiosk restart): reprintable by ID card. */
    REPRINT_AVAILABLE,
    /** Paid at the backend after the kiosk gave up on it: the money has to go back. */
    NEEDS_REFUND,
    REFUNDED,
    /** The backend refused the order (business reason). */
    REFUSED,
    /** The order could not be created (backend unreachable); may still reconcile to NEEDS_REFUND. */
    FAILED,
    /** The order expired (or was cancelled) unpaid. */
    EXPIRED,
    /** The resident left before paying. */
    ABANDONED;

    /** States whose order may still change at the backend: recovery asks the backend about them. */
    public static final Set<PaymentState> TO_RECONCILE = EnumSet.of(AWAITING_PAYMENT, FAILED, ABANDONED);

    public boolean canMoveTo(PaymentState next) {
        return switch (this) {
            case ORDERING -> EnumSet.of(AWAITING_PAYMENT, REFUSED, FAILED).contains(next);
            case AWAITING_PAYMENT -> EnumSet.of(PAID, EXPIRED, ABANDONED).contains(next);
            case PAID -> EnumSet.of(PRINTED, REPRINT_AVAILABLE, NEEDS_REFUND).contains(next);
            case REPRINT_AVAILABLE -> EnumSet.of(PRINTED, REPRINT_AVAILABLE).contains(next);
            case ABANDONED -> EnumSet.of(PAID, EXPIRED).contains(next);
            case FAILED -> EnumSet.of(NEEDS_REFUND, EXPIRED).contains(next);
            case EXPIRED -> false;
            case NEEDS_REFUND -> next == REFUNDED;
            case PRINTED, REFUNDED, REFUSED -> false;
        };
    }

    /** Whether the resident paid and is owed a receipt (printed or reprintable). */
    public boolean isPaidForResident() {
        return this == PAID || this == PRINTED || this == REPRINT_AVAILABLE;
    }
}
