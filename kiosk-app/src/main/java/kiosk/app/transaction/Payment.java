package kiosk.app.transaction;

import java.time.Instant;
import java.util.List;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.journal.PaymentState;

/**
 * A payment as the UI sees it. {@code paymentId} is the kiosk's own id (sent as clientRef);
 * {@code order} is null until the backend created the order. No personal data: the resident is only
 * known by a keyed hash.
 */
public record Payment(String paymentId, PaymentState state, PaymentOrder order, String residentKey,
                      List<OrderItem> items, Instant updatedAt) {

    public Payment {
        items = List.copyOf(items);
    }

    public boolean isPaid() {
        return state.isPaidForResident();
    }

    public long amountCents() {
        return order == null ? 0 : order.amountCents();
    }
}
