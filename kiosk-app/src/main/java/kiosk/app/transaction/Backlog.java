package kiosk.app.transaction;

import java.time.Instant;

/**
 * What waits in the store-and-forward queue. Nothing is ever dropped: past the {@link QueueCaps} the
 * kiosk keeps journaling and reports {@code overCap} so operations can alert staff.
 *
 * @param operations  open operations (receipt records, refunds, cancellations, order creations)
 * @param amountCents the sum they carry
 * @param oldest      when the oldest was journaled, null when the queue is empty
 * @param overCap     true once the queue is past its caps
 */
public record Backlog(int operations, long amountCents, Instant oldest, boolean overCap) {
}
