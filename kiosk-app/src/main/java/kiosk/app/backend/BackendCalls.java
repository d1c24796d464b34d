package kiosk.app.backend;

import kiosk.app.model.BackendException;

/**
 * One JSON exchange with the backend, its answer bound by Jackson to a model record. The domain
 * ports are thin classes over this; the resilient decorator implements it too, so every port is
 * retried, timed and guarded by the one resilience layer. Every failure is a typed {@link BackendException};
 * an answer that does not bind to its record (missing field, wrong type, a value the record refuses)
 * is BAD_RESPONSE.
 */
public interface BackendCalls {

    /** A read: POST with a JSON body (queries carry personal references, so never in a URL). */
    <T> T query(String path, Object body, Class<T> answer) throws BackendException;

    /** A change: POST with the Idempotency-Key that stays the same on every resend. */
    <T> T change(String path, Object body, String idempotencyKey, Class<T> answer) throws BackendException;

    /** A read by path. */
    <T> T get(String path, Class<T> answer) throws BackendException;
}
