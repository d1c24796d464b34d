package kiosk.app.journal;

import java.time.Instant;

/** One mutating backend call, journaled with its idempotency key before it is sent. */
public record JournaledOperation(long seq, String idempotencyKey, String paymentId, OperationKind kind,
                                 OperationState state, long amountCents, int attempts, String lastError,
                                 Instant createdAt, Instant updatedAt) {
}
