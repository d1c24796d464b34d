package kiosk.app.backend;

import java.time.Duration;

/**
 * The time left for the backend call running on this thread. The resilient layer opens one deadline
 * for a whole logical call (every retry and backoff included); the HTTP layer gives each attempt only
 * what is left, so no call outlives its deadline however often it is retried.
 */
public final class Deadline {

    private static final ThreadLocal<Long> EXPIRES_AT_NANOS = new ThreadLocal<>();

    private Deadline() {
    }

    /** Work done within a deadline. */
    @FunctionalInterface
    public interface Task<T> {
        T run() throws Throwable;
    }

    /** Runs the task within a deadline of the given length (or the enclosing one, if that is sooner). */
    public static <T> T within(Duration budget, Task<T> task) throws Throwable {
        Long outer = EXPIRES_AT_NANOS.get();
        long mine = System.nanoTime() + budget.toNanos();
        if (outer == null || mine - outer < 0) {
            EXPIRES_AT_NANOS.set(mine);
        }
        try {
            return task.run();
        } finally {
            if (outer == null) {
                EXPIRES_AT_NANOS.remove();
            } else {
                EXPIRES_AT_NANOS.set(outer);
            }
        }
    }

    /** Time left on this thread's deadline, or the fallback when no deadline is open. Never negative. */
    public static Duration remainingOr(Duration fallback) {
        Long expires = EXPIRES_AT_NANOS.get();
        if (expires == null) {
            return fallback;
        }
        long left = expires - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(Math.min(left, fallback.toNanos()));
    }

    /** Whether this thread's deadline (if any) leaves at least the given time. */
    public static boolean leaves(Duration needed) {
        Long expires = EXPIRES_AT_NANOS.get();
        return expires == null || expires - System.nanoTime() >= needed.toNanos();
    }
}
