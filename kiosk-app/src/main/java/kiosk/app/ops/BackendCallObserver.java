package kiosk.app.ops;

/**
 * Told about every backend exchange, for the latency histogram. route is a template (no ids), outcome one
 * of a few words (ok, refused, unreachable, timeout, server_error, bad_response, unauthorized), so the
 * metric's labels stay bounded and carry no personal data.
 */
@FunctionalInterface
public interface BackendCallObserver {

    BackendCallObserver NONE = (route, outcome, nanos) -> { };

    void observed(String route, String outcome, long nanos);
}
