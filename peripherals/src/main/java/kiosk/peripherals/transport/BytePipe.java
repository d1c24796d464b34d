package kiosk.peripherals.transport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One direction of an in-memory link: a bounded byte ring that grows as it fills (a few KiB for a scan
 * or a card frame, up to its limit for a receipt's raster images), so an idle link holds almost nothing
 * and a receipt moves by array copies, not one boxed byte at a time.
 */
final class BytePipe {

    private static final int INITIAL = 4096;

    private final int limit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private byte[] ring = new byte[INITIAL];
    private int head; // next byte to read
    private int size;

    BytePipe(int limit) {
        this.limit = limit;
    }

    /**
     * Writes all of {@code data}, waiting for room until the deadline; returns how many bytes went in
     * (fewer than asked only when the deadline passed with the pipe full).
     */
    int write(byte[] data, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        int written = 0;
        lock.lockInterruptibly();
        try {
            while (written < data.length) {
                if (size == limit) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return written;
                    }
                    writable.awaitNanos(left);
                    continue;
                }
                int n = Math.min(data.length - written, limit - size);
                ensureRoom(size + n);
                int tail = (head + size) % ring.length;
                int first = Math.min(n, ring.length - tail);
                System.arraycopy(data, written, ring, tail, first);
                System.arraycopy(data, written + first, ring, 0, n - first);
                size += n;
                written += n;
                readable.signalAll();
            }
            return written;
        } finally {
            lock.unlock();
        }
    }

    /** Reads what is there into {@code buffer}, waiting up to the timeout for the first byte; 0 when none came. */
    int read(byte[] buffer, long timeoutNanos) throws InterruptedException {
        long left = timeoutNanos;
        lock.lockInterruptibly();
        try {
            while (size == 0) {
                if (left <= 0) {
                    return 0;
                }
                left = readable.awaitNanos(left);
            }
            int n = Math.min(buffer.length, size);
            int first = Math.min(n, ring.length - head);
            System.arraycopy(ring, head, buffer, 0, first);
            System.arraycopy(ring, 0, buffer, first, n - first);
            head = (head + n) % ring.length;
            size -= n;
            writable.signalAll();
            return n;
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            head = 0;
            size = 0;
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void ensureRoom(int needed) {
        if (needed <= ring.length) {
            return;
        }
        byte[] grown = new byte[(int) Math.min(limit, Math.max((long) needed, 2L * ring.length))];
        int first = Math.min(size, ring.length - head);
        System.arraycopy(ring, head, grown, 0, first);
        System.arraycopy(ring, 0, grown, first, size - first);
        ring = grown;
        head = 0;
    }
}
