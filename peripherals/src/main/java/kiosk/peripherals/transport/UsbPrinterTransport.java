package kiosk.peripherals.transport;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A USB printer-class device file (Linux usblp: /dev/usb/lp0). The kernel driver blocks a write
 * while the printer does not take data (paper out, offline) and may block the open, so both run on a
 * helper thread and the caller waits at most its timeout. Most such links are used write-only:
 * {@link #canRead()} is false unless the device is configured bidirectional, and a read then just
 * waits out its timeout.
 */
public final class UsbPrinterTransport implements ByteTransport {

    private final Path device;
    private final boolean bidirectional;
    private final Duration openTimeout;
    private ExecutorService io;
    private ExecutorService readerThread;
    private OutputStream out;
    private InputStream in;
    private Future<byte[]> pendingRead;

    public UsbPrinterTransport(Path device, boolean bidirectional, Duration openTimeout) {
        this.device = device;
        this.bidirectional = bidirectional;
        this.openTimeout = openTimeout;
    }

    public UsbPrinterTransport(Path device) {
        this(device, false, Duration.ofSeconds(2));
    }

    @Override
    public synchronized void open() throws IOException {
        if (isOpen()) {
            return;
        }
        if (!Files.exists(device)) {
            throw new TransportException(TransportException.Kind.UNAVAILABLE,
                    describe() + ": no such device file (printer unplugged or not a USB printer)");
        }
        if (!Files.isWritable(device)) {
            throw new TransportException(TransportException.Kind.UNAVAILABLE,
                    describe() + ": not writable (the kiosk user needs group lp)");
        }
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> daemon(r, "usblp-write"));
        Future<OutputStream> opening = exec.submit(() -> new FileOutputStream(device.toFile()));
        try {
            out = opening.get(openTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (bidirectional) {
                in = new FileInputStream(device.toFile());
                readerThread = Executors.newSingleThreadExecutor(r -> daemon(r, "usblp-read"));
            }
        } catch (TimeoutException e) {
            opening.cancel(true);
            exec.shutdownNow();
            throw new TransportException(TransportException.Kind.UNAVAILABLE,
                    describe() + ": device did not open within " + openTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            exec.shutdownNow();
            throw new TransportException(TransportException.Kind.UNAVAILABLE,
                    describe() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exec.shutdownNow();
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": interrupted", e);
        }
        io = exec;
    }

    @Override
    public synchronized boolean isOpen() {
        return out != null;
    }

    @Override
    public void write(byte[] data, Duration timeout) throws IOException {
        OutputStream stream;
        ExecutorService exec;
        synchronized (this) {
            requireOpen();
            stream = out;
            exec = io;
        }
        TimedWrite.write(exec, stream, data, timeout, describe(), "write of " + data.length + " bytes timed out after " + timeout.toMillis() + " ms (printer not taking data)", this::close);
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        Future<byte[]> reading;
        synchronized (this) {
            requireOpen();
            if (!bidirectional) {
                reading = null;
            } else {
                if (pendingRead == null) {
                    InputStream stream = in;
                    int size = buffer.length;
                    pendingRead = readerThread.submit(() -> {
                        byte[] b = new byte[size];
                        int n = stream.read(b);
                        return n < 0 ? null : Arrays.copyOf(b, n);
                    });
                }
                reading = pendingRead;
            }
        }
        if (reading == null) {
            sleep(timeout);
            return 0;
        }
        try {
            byte[] got = reading.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            synchronized (this) {
                pendingRead = null;
            }
            if (got == null) {
                close();
                throw new TransportException(TransportException.Kind.CLOSED, describe() + ": device closed");
            }
            int n = Math.min(got.length, buffer.length);
            System.arraycopy(got, 0, buffer, 0, n);
            return n;
        } catch (TimeoutException e) {
            return 0; // the read stays pending for the next call
        } catch (ExecutionException e) {
            close();
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": interrupted", e);
        }
    }

    @Override
    public void discardInput() {
        // the usblp driver keeps no host-side buffer worth draining
    }

    @Override
    public boolean canRead() {
        return bidirectional;
    }

    @Override
    public String describe() {
        return "usb:" + device;
    }

    @Override
    public synchronized void close() {
        closeQuietly(out);
        closeQuietly(in);
        out = null;
        in = null;
        pendingRead = null;
        if (io != null) {
            io.shutdownNow();
            io = null;
        }
        if (readerThread != null) {
            readerThread.shutdownNow();
            readerThread = null;
        }
    }

    private void requireOpen() throws TransportException {
        if (out == null) {
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": not open");
        }
    }

    private static void sleep(Duration timeout) throws TransportException {
        try {
            Thread.sleep(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.CLOSED, "interrupted", e);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
