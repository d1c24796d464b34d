package kiosk.app.backend;

import kiosk.app.model.PaidOrder;
import kiosk.app.model.BackendException;
import java.util.List;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.Resident;
import kiosk.app.model.Violation;

/**
 * The police backend as the kiosk sees it: plain blocking calls with typed failures. Resilience
 * (timeouts, retries, circuit breaker, bulkhead) wraps the implementation from outside; callers never
 * see it. Never call from the JavaFX application thread.
 */
public interface KioskBackend {

    Resident lookupResident(String idNumber, String name) throws BackendException;

    List<Violation> violations(String residentId) throws BackendException;

    /** Creates a payment order; the same idempotency key always yields the same order. */
    PaymentOrder createOrder(String residentId, String clientRef, List<OrderItem> items, String idempotencyKey)
            throws BackendException;

    PaymentOrder order(String orderId) throws BackendException;

    /** The simulated payer (the resident's phone), for the demo panel and tests. */
    PaymentOrder simulatePayment(String orderId) throws BackendException;

    /**
     * Pays an order with the resident's own payment code (付款码), scanned by the kiosk. A code is spent
     * once; a refused code (malformed, expired, already used) is a REFUSED failure and nothing is charged.
     * The key stays the same on every resend of the same code for the same order.
     */
    PaymentOrder payByCode(String orderId, String code, String idempotencyKey) throws BackendException;

    PaymentOrder refund(String orderId, String reason, String idempotencyKey) throws BackendException;

    /**
     * Cancels an order the kiosk gave up on. The answer says where the order ended: CANCELLED, or PAID
     * when the resident's payment won the race (then the receipt is owed), or EXPIRED.
     */
    PaymentOrder cancelOrder(String orderId, String idempotencyKey) throws BackendException;

    /** The resident's paid orders at the kiosks of this station, with how often each receipt was printed. */
    List<PaidOrder> paidOrders(String residentId) throws BackendException;

    /** Records that the receipt of a paid order was printed (for reprints by ID card). */
    void recordReceipt(String orderId, String residentId, String clientRef, String idempotencyKey)
            throws BackendException;

    /** Tells the fleet this kiosk is alive and how its devices are (operations look at these). */
    void heartbeat(List<DeviceReport> devices, java.util.Map<String, Long> counters, String idempotencyKey)
            throws BackendException;
}
