package kiosk.peripherals.transport;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A blocking stream write bounded by a timeout: the write runs on the link's writer thread, so a device
 * that stops taking data (a printer with a full buffer) cannot hold the caller. After a timeout or a
 * failed write the link is closed by {@code onFailure}: a half-written stream is not trusted again.
 */
final class TimedWrite {

    private TimedWrite() {
    }

    static void write(ExecutorService writer, OutputStream stream, byte[] data, Duration timeout, String link,
                      String timeoutDetail, Runnable onFailure) throws TransportException {
        Future<?> pending = writer.submit(() -> {
            stream.write(data);
            stream.flush();
            return null;
        });
        try {
            pending.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            onFailure.run();
            throw new TransportException(TransportException.Kind.TIMEOUT, link + ": " + timeoutDetail);
        } catch (ExecutionException e) {
            onFailure.run();
            throw new TransportException(TransportException.Kind.CLOSED, link + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.CLOSED, link + ": interrupted", e);
        }
    }
}
