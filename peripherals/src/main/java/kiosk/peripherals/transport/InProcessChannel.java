package kiosk.peripherals.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pair of connected in-memory byte links: what the driver writes on {@link #hostSide()} the
 * simulator reads on {@link #deviceSide()} and back. Either side may be "unplugged" to make the
 * other see a vanished device, and "replugged" again.
 */
public final class InProcessChannel {

    private static final int CAPACITY = 1 << 20;

    private final BytePipe toDevice = new BytePipe(CAPACITY);
    private final BytePipe toHost = new BytePipe(CAPACITY);
    private final AtomicBoolean plugged = new AtomicBoolean(true);
    private final End host;
    private final End device;

    public InProcessChannel(String name) {
        this.host = new End("inproc:" + name, toHost, toDevice);
        this.device = new End("inproc:" + name + "#device", toDevice, toHost);
    }

    /** The end a driver uses. */
    public ByteTransport hostSide() {
        return host;
    }

    /** The end a simulator uses. */
    public ByteTransport deviceSide() {
        return device;
    }

    /** Simulates pulling the cable: both ends fail until {@link #replug()}. */
    public void unplug() {
        plugged.set(false);
        toDevice.clear();
        toHost.clear();
    }

    public void replug() {
        plugged.set(true);
    }

    public boolean isPlugged() {
        return plugged.get();
    }

    private final class End implements ByteTransport {
        private final String name;
        private final BytePipe in;
        private final BytePipe out;
        private volatile boolean open;

        End(String name, BytePipe in, BytePipe out) {
            this.name = name;
            this.in = in;
            this.out = out;
        }

        @Override
        public void open() throws IOException {
            requirePlugged();
            open = true;
        }

        @Override
        public boolean isOpen() {
            return open && plugged.get();
        }

        @Override
        public void write(byte[] data, Duration timeout) throws IOException {
            requireOpen();
            try {
                if (out.write(data, timeout.toNanos()) < data.length) {
                    throw new TransportException(TransportException.Kind.TIMEOUT, name + ": write timed out");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(TransportException.Kind.CLOSED, name + ": interrupted", e);
            }
        }

        @Override
        public int read(byte[] buffer, Duration timeout) throws IOException {
            requireOpen();
            try {
                int n = in.read(buffer, timeout.toNanos());
                requireOpen();
                return n;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(TransportException.Kind.CLOSED, name + ": interrupted", e);
            }
        }

        @Override
        public void discardInput() {
            in.clear();
        }

        @Override
        public String describe() {
            return name;
        }

        @Override
        public void close() {
            open = false;
        }

        private void requirePlugged() throws TransportException {
            if (!plugged.get()) {
                throw new TransportException(TransportException.Kind.UNAVAILABLE, name + ": device unplugged");
            }
        }

        private void requireOpen() throws TransportException {
            requirePlugged();
            if (!open) {
                throw new TransportException(TransportException.Kind.CLOSED, name + ": not open");
            }
        }
    }
}
