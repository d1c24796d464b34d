package kiosk.peripherals.idcard.sam;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import kiosk.peripherals.transport.ByteTransport;
import kiosk.peripherals.transport.TransportException;

/**
 * Reads whole SAM frames from a byte transport within a deadline, however the bytes are split.
 * Typed errors: TIMEOUT (nothing usable came), TRUNCATED (a frame started but did not finish),
 * BAD_LENGTH / BAD_CHECKSUM, LINK_LOST (the transport is gone).
 */
public final class SamFrameReader {

    private final ByteTransport transport;
    private final SamFrameAssembler assembler = new SamFrameAssembler();
    private final byte[] chunk = new byte[1024];

    public SamFrameReader(ByteTransport transport) {
        this.transport = transport;
    }

    /** The body of the next frame. */
    public byte[] readFrame(Duration timeout) throws SamProtocolException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<byte[]> frame = assembler.next();
            if (frame.isPresent()) {
                return frame.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                boolean partial = assembler.hasPartialFrame();
                assembler.clear();
                throw partial
                        ? new SamProtocolException(SamProtocolException.Kind.TRUNCATED, "frame incomplete after " + timeout.toMillis() + " ms")
                        : new SamProtocolException(SamProtocolException.Kind.TIMEOUT, "no frame within " + timeout.toMillis() + " ms");
            }
            int n;
            try {
                n = transport.read(chunk, Duration.ofNanos(left));
            } catch (TransportException e) {
                if (e.kind() == TransportException.Kind.TIMEOUT) {
                    continue;
                }
                throw new SamProtocolException(SamProtocolException.Kind.LINK_LOST, e.getMessage(), e);
            } catch (IOException e) {
                throw new SamProtocolException(SamProtocolException.Kind.LINK_LOST, e.getMessage(), e);
            }
            if (n > 0) {
                assembler.feed(chunk, 0, n);
                java.util.Arrays.fill(chunk, 0, n, (byte) 0); // the raw bytes may be a card's text block
            }
        }
    }

    /** Forgets any partial frame (before a new request, after an error), zeroing it. */
    public void reset() {
        assembler.clear();
    }

    /** Copies of the read chunk and the assembler's buffer, for tests that check they hold nothing personal. */
    byte[][] buffersForTest() {
        return new byte[][] {chunk.clone(), assembler.backingCopy()};
    }
}
