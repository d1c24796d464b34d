package kiosk.app.journal;

import java.util.Set;

/**
 * Where a mutating backend operation stands. It is written PENDING (with its idempotency key) before
 * anything goes on the wire, SENT just before each attempt, and ends CONFIRMED (the backend answered
 * yes) or REFUSED (the backend said no, or it was never sent and never will be). PENDING and SENT
 * operations are resent at recovery, always with their own key.
 */
public enum OperationState {
    PENDING, SENT, CONFIRMED, REFUSED;

    public boolean isOpen() {
        return this == PENDING || this == SENT;
    }

    public boolean canMoveTo(OperationState next) {
        return switch (this) {
            case PENDING -> Set.of(SENT, REFUSED).contains(next);
            case SENT -> Set.of(SENT, CONFIRMED, REFUSED).contains(next);
            case CONFIRMED, REFUSED -> false;
        };
    }
}
