package kiosk.app.journal;

import java.time.Instant;
import java.util.List;
import kiosk.app.model.OrderItem;

/**
 * One payment as journaled. {@code paymentId} is also the clientRef sent to the backend.
 * {@code residentKey} is a keyed hash of the ID number and {@code residentId} the backend's opaque
 * id: no ID number or name is ever stored.
 */
public record JournaledPayment(String paymentId, String residentKey, String residentId, List<OrderItem> items,
                               PaymentState state, String orderId, long amountCents, String qrPayload,
                               Instant expiresAt, String reason, Instant createdAt, Instant updatedAt) {

    public JournaledPayment {
        items = List.copyOf(items);
    }
}
