package kiosk.app.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A scan-to-pay order, where it stands, and the items the backend priced. */
public record PaymentOrder(String orderId, long amountCents, String qrPayload, Status status,
                           Instant expiresAt, Instant paidAt, List<Item> items) {

    public enum Status { PENDING, PAID, EXPIRED, CANCELLED, REFUNDED }

    /** One priced item of the order. */
    public record Item(String kind, String reference, long amountCents) {
    }

    public PaymentOrder {
        Model.require(orderId, "orderId");
        Model.check(amountCents >= 0, "negative amount");
        Objects.requireNonNull(status, "status");
        items = items == null ? List.of() : List.copyOf(items);
    }

    public PaymentOrder(String orderId, long amountCents, String qrPayload, Status status, Instant expiresAt, Instant paidAt) {
        this(orderId, amountCents, qrPayload, status, expiresAt, paidAt, List.of());
    }

    public boolean isPaid() {
        return status == Status.PAID;
    }
}
