package kiosk.app.cli.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.app.model.BackendException;
import kiosk.app.backend.DeviceReport;
import kiosk.app.backend.KioskBackend;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaidOrder;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.Resident;
import kiosk.app.model.Violation;

/** Counts every logical backend call and how long the caller waited for it (retries included). */
final class TimedBackend implements KioskBackend {

    private interface Call<T> {
        T run() throws BackendException;
    }

    private final KioskBackend delegate;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Long> durations = new ArrayList<>();

    TimedBackend(KioskBackend delegate) {
        this.delegate = delegate;
    }

    int calls() {
        return calls.get();
    }

    synchronized List<Long> durations() {
        return new ArrayList<>(durations);
    }

    private <T> T timed(Call<T> call) throws BackendException {
        calls.incrementAndGet();
        long t0 = System.nanoTime();
        try {
            return call.run();
        } finally {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            synchronized (this) {
                durations.add(ms);
            }
        }
    }

    @Override
    public Resident lookupResident(String idNumber, String name) throws BackendException {
        return timed(() -> delegate.lookupResident(idNumber, name));
    }

    @Override
    public List<Violation> violations(String residentId) throws BackendException {
        return timed(() -> delegate.violations(residentId));
    }

    @Override
    public PaymentOrder createOrder(String residentId, String clientRef, List<OrderItem> items, String key)
            throws BackendException {
        return timed(() -> delegate.createOrder(residentId, clientRef, items, key));
    }

    @Override
    public PaymentOrder order(String orderId) throws BackendException {
        return timed(() -> delegate.order(orderId));
    }

    @Override
    public PaymentOrder simulatePayment(String orderId) throws BackendException {
        return timed(() -> delegate.simulatePayment(orderId));
    }

    @Override
    public PaymentOrder payByCode(String orderId, String code, String key) throws BackendException {
        return timed(() -> delegate.payByCode(orderId, code, key));
    }

    @Override
    public PaymentOrder refund(String orderId, String reason, String key) throws BackendException {
        return timed(() -> delegate.refund(orderId, reason, key));
    }

    @Override
    public PaymentOrder cancelOrder(String orderId, String key) throws BackendException {
        return timed(() -> delegate.cancelOrder(orderId, key));
    }

    @Override
    public List<PaidOrder> paidOrders(String residentId) throws BackendException {
        return timed(() -> delegate.paidOrders(residentId));
    }

    @Override
    public void recordReceipt(String orderId, String residentId, String clientRef, String key) throws BackendException {
        timed(() -> {
            delegate.recordReceipt(orderId, residentId, clientRef, key);
            return null;
        });
    }

    @Override
    public void heartbeat(List<DeviceReport> devices, Map<String, Long> counters, String key) throws BackendException {
        timed(() -> {
            delegate.heartbeat(devices, counters, key);
            return null;
        });
    }
}
