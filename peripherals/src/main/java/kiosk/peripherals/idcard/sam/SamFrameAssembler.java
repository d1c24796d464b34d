package kiosk.peripherals.idcard.sam;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reassembles SAM frames from fragments as they arrive, whatever the fragment boundaries: skips
 * garbage before a preamble, waits for the rest of a partial frame, and reports a bad length or
 * checksum as a typed error after dropping the offending bytes, so the next call resynchronises.
 * Frames carry personal data (the card's text block and photo): every byte it lets go of is zeroed at
 * once, so the buffer never holds more than the frame still being assembled.
 */
public final class SamFrameAssembler {

    /** A stream that never shows a preamble must not grow the buffer without bound. */
    private static final int MAX_BUFFERED = 4 * (SamCodec.HEADER_SIZE + SamCodec.MAX_LENGTH);

    private byte[] buffer = new byte[2048];
    private int size;

    public void feed(byte[] bytes, int offset, int length) {
        if (size + length > buffer.length) {
            byte[] old = buffer;
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
            Arrays.fill(old, (byte) 0);
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
        if (size > MAX_BUFFERED) {
            int preamble = indexOfPreamble();
            drop(preamble >= 0 ? preamble : size - (SamCodec.PREAMBLE.length - 1));
        }
    }

    /**
     * The body of the next complete frame, or empty when more bytes are needed.
     *
     * @throws SamProtocolException BAD_LENGTH or BAD_CHECKSUM; the bad bytes are dropped
     */
    public Optional<byte[]> next() throws SamProtocolException {
        int preamble = indexOfPreamble();
        if (preamble < 0) {
            // keep a tail that may be the start of a preamble split across reads
            drop(Math.max(0, size - (SamCodec.PREAMBLE.length - 1)));
            return Optional.empty();
        }
        drop(preamble);
        if (size < SamCodec.HEADER_SIZE) {
            return Optional.empty();
        }
        int length = (buffer[5] & 0xFF) << 8 | (buffer[6] & 0xFF);
        if (length < SamCodec.MIN_LENGTH || length > SamCodec.MAX_LENGTH) {
            drop(SamCodec.PREAMBLE.length);
            throw new SamProtocolException(SamProtocolException.Kind.BAD_LENGTH, "frame length " + length
                    + " outside " + SamCodec.MIN_LENGTH + ".." + SamCodec.MAX_LENGTH);
        }
        int total = SamCodec.HEADER_SIZE + length;
        if (size < total) {
            return Optional.empty();
        }
        int expected = SamCodec.checksum(buffer, SamCodec.PREAMBLE.length, total - 1);
        int actual = buffer[total - 1] & 0xFF;
        if (expected != actual) {
            drop(total);
            throw new SamProtocolException(SamProtocolException.Kind.BAD_CHECKSUM,
                    String.format("checksum %02X, computed %02X", actual, expected));
        }
        byte[] body = Arrays.copyOfRange(buffer, SamCodec.HEADER_SIZE, total - 1);
        drop(total);
        return Optional.of(body);
    }

    /** Whether a preamble has been seen and its frame is still incomplete. */
    public boolean hasPartialFrame() {
        return indexOfPreamble() >= 0;
    }

    public int buffered() {
        return size;
    }

    public void clear() {
        Arrays.fill(buffer, 0, size, (byte) 0);
        size = 0;
    }

    /** A copy of the whole backing array, for tests that check nothing personal is left in it. */
    byte[] backingCopy() {
        return buffer.clone();
    }

    private int indexOfPreamble() {
        byte[] p = SamCodec.PREAMBLE;
        outer:
        for (int i = 0; i + p.length <= size; i++) {
            for (int j = 0; j < p.length; j++) {
                if (buffer[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void drop(int n) {
        if (n <= 0) {
            return;
        }
        System.arraycopy(buffer, n, buffer, 0, size - n);
        Arrays.fill(buffer, size - n, size, (byte) 0);
        size -= n;
    }
}
