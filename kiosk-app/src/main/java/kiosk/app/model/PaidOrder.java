package kiosk.app.model;

import java.time.Instant;
import java.util.List;

/**
 * A paid order of a resident at any kiosk of this kiosk's station, as the receipts query lists it:
 * the resident can reprint its receipt here, not only where it was paid.
 *
 * @param receiptCount how often its receipt was recorded as printed (0: paid, never printed)
 */
public record PaidOrder(String orderId, long amountCents, Instant paidAt, int receiptCount, String kioskId,
                        List<OrderItem> items) {

    public PaidOrder {
        Model.require(orderId, "orderId");
        Model.check(amountCents >= 0, "negative amount");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
