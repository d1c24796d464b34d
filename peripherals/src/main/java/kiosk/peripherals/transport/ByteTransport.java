package kiosk.peripherals.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * A bidirectional byte link to a device: serial port, TCP socket, USB printer-class file or an
 * in-process channel to a simulator. Drivers speak their protocol over this and nothing else, so
 * the same driver code runs against hardware and simulators.
 *
 * <p>Every read and write is bounded by a timeout: a device that stops answering must never block
 * the kiosk.
 */
public interface ByteTransport extends AutoCloseable {

    /** Opens the link; throws {@link TransportException} (unreachable, missing) when it cannot. */
    void open() throws IOException;

    boolean isOpen();

    /** Writes all bytes or fails within the timeout. */
    void write(byte[] data, Duration timeout) throws IOException;

    /**
     * Reads at least one and at most {@code buffer.length} bytes, waiting up to the timeout.
     *
     * @return bytes read, or 0 when the timeout passed with nothing to read
     * @throws TransportException when the link is closed or gone
     */
    int read(byte[] buffer, Duration timeout) throws IOException;

    /** Drops anything received but not yet read (stale replies after a timeout). */
    void discardInput() throws IOException;

    /** Whether the device can answer on this link (a write-only USB printer file cannot). */
    default boolean canRead() {
        return true;
    }

    /** A short description for diagnostics, e.g. "tcp:127.0.0.1:9100" or "serial:/dev/ttyUSB0". */
    String describe();

    @Override
    void close();
}
