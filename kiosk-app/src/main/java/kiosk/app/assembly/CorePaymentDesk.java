package kiosk.app.assembly;

import java.util.List;
import kiosk.app.model.BackendException;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.flow.PaymentDesk;
import kiosk.app.transaction.Delivery;
import kiosk.app.transaction.Payment;
import kiosk.app.transaction.TransactionCore;

/**
 * The flow's payment port over the journaled transaction core. Every call blocks (I/O executor only).
 * Besides the declared {@link BackendException} of start and refresh, the only exceptions are
 * {@link kiosk.app.journal.JournalException} (the journal failed: the kiosk goes out of service, words
 * under {@code journal.fault.*}) and IllegalArgumentException for an unknown or unpaid payment (a bug).
 * {@code abandon} cancels the order at the backend (a payment that wins the race becomes reprintable),
 * {@code printed} and {@code printFailed} are idempotent.
 */
final class CorePaymentDesk implements PaymentDesk {

    private final TransactionCore core;

    CorePaymentDesk(TransactionCore core) {
        this.core = core;
    }

    @Override
    public Ticket start(String residentId, String residentKey, List<OrderItem> items) throws BackendException {
        return journaled(() -> ticket(core.startPayment(residentId, residentKey, items)));
    }

    @Override
    public Ticket refresh(String paymentId) throws BackendException {
        return journaled(() -> ticket(core.refresh(paymentId)));
    }

    @Override
    public Ticket payByCode(String paymentId, String code) throws BackendException {
        return ticket(core.payByCode(paymentId, code));
    }

    @Override
    public String printed(String paymentId) {
        Delivery delivery = journaled(() -> core.printed(paymentId));
        return delivery.status() == Delivery.Status.SENT ? null : delivery.messageKey();
    }

    @Override
    public void printFailed(String paymentId, String reason) {
        journaled(() -> { core.printFailed(paymentId, reason); return null; });
    }

    @Override
    public void abandon(String paymentId) {
        journaled(() -> { core.abandon(paymentId); return null; });
    }

    @Override
    public List<Ticket> reprintable(String residentKey) {
        return journaled(() -> core.reprintable(residentKey).stream().map(CorePaymentDesk::ticket).toList());
    }

    @Override
    public String residentKey(String idNumber) {
        return core.residentKey(idNumber);
    }

    private static Ticket ticket(Payment payment) {
        PaymentOrder order = payment.order();
        if (order != null && order.isPaid() && order.paidAt() == null) {
            // The journal keeps when the kiosk learned of the payment, within one poll of the backend's time.
            order = new PaymentOrder(order.orderId(), order.amountCents(), order.qrPayload(), order.status(),
                    order.expiresAt(), payment.updatedAt());
        }
        return new Ticket(payment.paymentId(), order);
    }

    /** A journal that fails stops the kiosk selling: the engine goes out of service with the staff words. */
    private interface Journaled<T, E extends Exception> {
        T run() throws E;
    }

    private static <T, E extends Exception> T journaled(Journaled<T, E> call) throws E {
        try {
            return call.run();
        } catch (kiosk.app.journal.JournalException e) {
            throw new kiosk.app.flow.KioskOutOfService(e.staffMessageKey(), e);
        }
    }
}
