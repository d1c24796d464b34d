package kiosk.app.assembly;

import java.util.List;
import kiosk.app.model.BackendException;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.flow.PaymentDesk;
import kiosk.app.transaction.Delivery;
import kiosk.app.transaction.Payment;
import kiosk.app.transaction.TransactionCore;

/** The flow's payment port over the journaled transaction core. */
final class CorePaymentDesk implements PaymentDesk {

    private final TransactionCore core;

    CorePaymentDesk(TransactionCore core) {
        this.core = core;
    }

    @Override
    public Ticket start(String residentId, String residentKey, List<OrderItem> items) throws BackendException {
        return ticket(core.startPayment(residentId, residentKey, items));
    }

    @Override
    public Ticket refresh(String paymentId) throws BackendException {
        return ticket(core.refresh(paymentId));
    }

    @Override
    public Ticket payByCode(String paymentId, String code) throws BackendException {
        return ticket(core.payByCode(paymentId, code));
    }

    @Override
    public String printed(String paymentId) {
        Delivery delivery = core.printed(paymentId);
        return delivery.status() == Delivery.Status.SENT ? null : delivery.messageKey();
    }

    @Override
    public void printFailed(String paymentId, String reason) {
        core.printFailed(paymentId, reason);
    }

    @Override
    public void abandon(String paymentId) {
        core.abandon(paymentId);
    }

    @Override
    public List<Ticket> reprintable(String residentKey) {
        return core.reprintable(residentKey).stream().map(CorePaymentDesk::ticket).toList();
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
}
