package kiosk.app.backend;

import java.time.Duration;

/**
 * How the kiosk protects itself and the backend. Tuned for kiosk-level traffic (a few calls a minute):
 * Resilience4j's defaults (window and minimum of 100 calls) would never open the circuit here.
 *
 * @param circuitWindow        calls in the count-based window
 * @param circuitMinimumCalls  calls needed before the failure rate counts
 * @param circuitFailureRate   percentage of failed calls that opens the circuit
 * @param circuitOpenFor       how long the circuit stays open before one probe call is let through
 * @param retryAttempts        attempts in all (1 = no retry)
 * @param retryInitialBackoff  first wait; doubles each time, with +-50 % jitter
 * @param retryMaxBackoff      longest single wait
 * @param maxConcurrentCalls   bulkhead: calls in flight at once (UI, heartbeat, forwarding queue)
 */
public record ResiliencePolicy(int circuitWindow, int circuitMinimumCalls, float circuitFailureRate,
                               Duration circuitOpenFor, int retryAttempts, Duration retryInitialBackoff,
                               Duration retryMaxBackoff, int maxConcurrentCalls) {

    public static ResiliencePolicy kioskDefaults() {
        return new ResiliencePolicy(10, 4, 50f, Duration.ofSeconds(15), 3, Duration.ofMillis(200),
                Duration.ofSeconds(1), 4);
    }

    public ResiliencePolicy withCircuitOpenFor(Duration openFor) {
        return new ResiliencePolicy(circuitWindow, circuitMinimumCalls, circuitFailureRate, openFor, retryAttempts,
                retryInitialBackoff, retryMaxBackoff, maxConcurrentCalls);
    }

    public ResiliencePolicy withRetryAttempts(int attempts) {
        return new ResiliencePolicy(circuitWindow, circuitMinimumCalls, circuitFailureRate, circuitOpenFor, attempts,
                retryInitialBackoff, retryMaxBackoff, maxConcurrentCalls);
    }
}
