package kiosk.app.transaction;

import java.util.List;
import java.util.Map;
import kiosk.app.model.BackendException;
import kiosk.app.backend.DeviceReport;
import kiosk.app.backend.KioskBackend;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaidOrder;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.Resident;
import kiosk.app.model.Violation;

/** A backend that passes every call on; tests override the one call they make misbehave. */
class ForwardingBackend implements KioskBackend {

    private final KioskBackend delegate;

    ForwardingBackend(KioskBackend delegate) {
        this.delegate = delegate;
    }

    @Override
    public Resident lookupResident(String idNumber, String name) throws BackendException {
        return delegate.lookupResident(idNumber, name);
    }

    @Override
    public List<Violation> violations(String residentId) throws BackendException {
        return delegate.violations(residentId);
    }

    @Override
    public PaymentOrder createOrder(String residentId, String clientRef, List<OrderItem> items, String key)
            throws BackendException {
        return delegate.createOrder(residentId, clientRef, items, key);
    }

    @Override
    public PaymentOrder payByCode(String orderId, String code, String key) throws BackendException {
        return delegate.payByCode(orderId, code, key);
    }

    @Override
    public PaymentOrder order(String orderId) throws BackendException {
        return delegate.order(orderId);
    }

    @Override
    public PaymentOrder simulatePayment(String orderId) throws BackendException {
        return delegate.simulatePayment(orderId);
    }

    @Override
    public PaymentOrder refund(String orderId, String reason, String key) throws BackendException {
        return delegate.refund(orderId, reason, key);
    }

    @Override
    public PaymentOrder cancelOrder(String orderId, String key) throws BackendException {
        return delegate.cancelOrder(orderId, key);
    }

    @Override
    public List<PaidOrder> paidOrders(String residentId) throws BackendException {
        return delegate.paidOrders(residentId);
    }

    @Override
    public void recordReceipt(String orderId, String residentId, String clientRef, String key) throws BackendException {
        delegate.recordReceipt(orderId, residentId, clientRef, key);
    }

    @Override
    public void heartbeat(List<DeviceReport> devices, Map<String, Long> counters, String key) throws BackendException {
        delegate.heartbeat(devices, counters, key);
    }
}
