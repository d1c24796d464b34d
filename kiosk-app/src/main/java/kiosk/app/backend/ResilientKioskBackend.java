package kiosk.app.backend;

import kiosk.app.model.PaidOrder;
import kiosk.app.model.BackendException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kiosk.app.model.BackendException.Kind;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.Resident;
import kiosk.app.model.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps a plain {@link KioskBackend} from outside with a deadline, retry, circuit breaker and bulkhead
 * (outermost first). Callers see the same interface and typed failures; they do not know a call was
 * retried.
 *
 * <p>What is retried: every call of this interface is safe to resend. Lookups and queries are reads;
 * every mutating call carries an Idempotency-Key that stays the same on each resend, so the backend
 * replays its first answer instead of acting twice. A call is retried only on a transient failure
 * (connect failure, lost connection, timeout, 5xx, or 409 IDEMPOTENCY_IN_FLIGHT) and only while the
 * call's deadline leaves room for another attempt. An open circuit, a full bulkhead, a refusal, an
 * authorisation or TLS failure and a malformed answer are never retried.
 */
public final class ResilientKioskBackend implements KioskBackend, BackendCalls {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientKioskBackend.class);
    private static final Set<Kind> TRANSIENT = Set.of(Kind.UNREACHABLE, Kind.TIMEOUT, Kind.SERVER_ERROR);
    private static final Set<Kind> BACKEND_FAILURE = Set.of(Kind.UNREACHABLE, Kind.TIMEOUT, Kind.SERVER_ERROR,
            Kind.BAD_RESPONSE);
    /** The least an extra attempt needs to be worth starting. */
    private static final Duration MIN_ATTEMPT = Duration.ofMillis(250);

    private final KioskBackend delegate;
    private final BackendCalls calls;
    private final Duration callTimeout;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final Bulkhead bulkhead;

    /** The client this decorates (the assembly hands it the metrics observer). */
    public KioskBackend delegate() {
        return delegate;
    }

    public ResilientKioskBackend(KioskBackend delegate, ResiliencePolicy policy, Duration callTimeout) {
        this.delegate = delegate;
        this.calls = delegate instanceof BackendCalls c ? c : null;
        this.callTimeout = callTimeout;
        this.circuitBreaker = CircuitBreaker.of("backend", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.circuitWindow())
                .minimumNumberOfCalls(policy.circuitMinimumCalls())
                .failureRateThreshold(policy.circuitFailureRate())
                .waitDurationInOpenState(policy.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof BackendException b && BACKEND_FAILURE.contains(b.kind()))
                .build());
        this.retry = Retry.of("backend", RetryConfig.custom()
                .maxAttempts(policy.retryAttempts())
                .intervalBiFunction(withinDeadline(IntervalFunction.ofExponentialRandomBackoff(
                        policy.retryInitialBackoff(), 2.0, 0.5, policy.retryMaxBackoff())))
                .retryOnException(this::worthRetrying)
                .failAfterMaxAttempts(false)
                .build());
        this.bulkhead = Bulkhead.of("backend", BulkheadConfig.custom()
                .maxConcurrentCalls(policy.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
        circuitBreaker.getEventPublisher().onStateTransition(event ->
                LOG.warn("backend circuit {}", event.getStateTransition()));
        retry.getEventPublisher().onRetry(event ->
                LOG.info("backend call retried (attempt {}): {}", event.getNumberOfRetryAttempts() + 1,
                        event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage()));
    }

    /** Backoff with jitter, shortened so that the wait plus one minimal attempt still fits the deadline. */
    private static IntervalBiFunction<Object> withinDeadline(IntervalFunction backoff) {
        return (attempt, outcome) -> {
            long wait = backoff.apply(attempt);
            long room = Deadline.remainingOr(Duration.ofMillis(wait).plus(MIN_ATTEMPT)).minus(MIN_ATTEMPT).toMillis();
            return Math.max(0, Math.min(wait, room));
        };
    }

    private boolean worthRetrying(Throwable failure) {
        if (!(failure instanceof BackendException e)) {
            return false;
        }
        boolean transientFailure = TRANSIENT.contains(e.kind())
                || (e.kind() == Kind.REFUSED && "IDEMPOTENCY_IN_FLIGHT".equals(e.code()));
        return transientFailure && Deadline.leaves(MIN_ATTEMPT);
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    private <T> T call(CheckedSupplier<T> action) throws BackendException {
        List<BackendException> attempts = new ArrayList<>();
        CheckedSupplier<T> recorded = () -> {
            try {
                return action.get();
            } catch (BackendException e) {
                attempts.add(e);
                throw e;
            }
        };
        CheckedSupplier<T> guarded = Bulkhead.decorateCheckedSupplier(bulkhead, recorded);
        CheckedSupplier<T> breaker = CircuitBreaker.decorateCheckedSupplier(circuitBreaker, guarded);
        CheckedSupplier<T> typed = () -> {
            try {
                return breaker.get();
            } catch (CallNotPermittedException e) {
                throw new BackendException(Kind.CIRCUIT_OPEN, null, null, "backend circuit open: call not tried", null);
            } catch (BulkheadFullException e) {
                throw new BackendException(Kind.BUSY, null, null, "too many backend calls in flight", null);
            }
        };
        CheckedSupplier<T> retried = Retry.decorateCheckedSupplier(retry, typed);
        try {
            return Deadline.within(callTimeout, retried::get);
        } catch (BackendException e) {
            // The caller must know if any earlier attempt may have taken effect, not only the last one.
            attempts.stream().filter(earlier -> earlier != e && earlier.outcomeUnknown()).findFirst()
                    .ifPresent(e::addSuppressed);
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new BackendException(Kind.BAD_RESPONSE, null, null, "unexpected failure: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public <T> T query(String path, Object body, Class<T> answer) throws BackendException {
        return call(() -> jsonCalls().query(path, body, answer));
    }

    @Override
    public <T> T change(String path, Object body, String idempotencyKey, Class<T> answer) throws BackendException {
        return call(() -> jsonCalls().change(path, body, idempotencyKey, answer));
    }

    @Override
    public <T> T get(String path, Class<T> answer) throws BackendException {
        return call(() -> jsonCalls().get(path, answer));
    }

    private BackendCalls jsonCalls() {
        if (calls == null) {
            throw new IllegalStateException("the wrapped backend has no JSON calls");
        }
        return calls;
    }

    @Override
    public Resident lookupResident(String idNumber, String name) throws BackendException {
        return call(() -> delegate.lookupResident(idNumber, name));
    }

    @Override
    public List<Violation> violations(String residentId) throws BackendException {
        return call(() -> delegate.violations(residentId));
    }

    @Override
    public PaymentOrder createOrder(String residentId, String clientRef, List<OrderItem> items, String idempotencyKey)
            throws BackendException {
        return call(() -> delegate.createOrder(residentId, clientRef, items, idempotencyKey));
    }

    @Override
    public PaymentOrder order(String orderId) throws BackendException {
        return call(() -> delegate.order(orderId));
    }

    @Override
    public PaymentOrder simulatePayment(String orderId) throws BackendException {
        return call(() -> delegate.simulatePayment(orderId));
    }

    @Override
    public PaymentOrder payByCode(String orderId, String code, String idempotencyKey) throws BackendException {
        return call(() -> delegate.payByCode(orderId, code, idempotencyKey));
    }

    @Override
    public PaymentOrder refund(String orderId, String reason, String idempotencyKey) throws BackendException {
        return call(() -> delegate.refund(orderId, reason, idempotencyKey));
    }

    @Override
    public PaymentOrder cancelOrder(String orderId, String idempotencyKey) throws BackendException {
        return call(() -> delegate.cancelOrder(orderId, idempotencyKey));
    }

    @Override
    public List<PaidOrder> paidOrders(String residentId) throws BackendException {
        return call(() -> delegate.paidOrders(residentId));
    }

    @Override
    public void recordReceipt(String orderId, String residentId, String clientRef, String idempotencyKey)
            throws BackendException {
        call(() -> {
            delegate.recordReceipt(orderId, residentId, clientRef, idempotencyKey);
            return null;
        });
    }

    @Override
    public void heartbeat(List<DeviceReport> devices, java.util.Map<String, Long> counters, String idempotencyKey)
            throws BackendException {
        call(() -> {
            delegate.heartbeat(devices, counters, idempotencyKey);
            return null;
        });
    }
}
