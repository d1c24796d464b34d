package kiosk.app.backend;

import java.time.Instant;

/** A scan-to-pay order and where it stands. */
public record PaymentOrder(String orderId, long amountCents, String qrPayload, Status status,
                           Instant expiresAt, Instant paidAt) {

    public enum Status { PENDING, PAID, EXPIRED, CANCELLED, REFUNDED }

    public boolean isPaid() {
        return status == Status.PAID;
    }
}
