package kiosk.peripherals.scanner.serial;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a serial scanner's byte stream into codes at the configured delimiter, whatever the read
 * boundaries (a code, or a CRLF, split over several reads). Bounded: a frame longer than the limit is
 * dropped up to its delimiter and reported once, and a partial frame left without a byte for longer
 * than {@code staleNanos} (a glitch, a half-sent code before an unplug) is dropped and reported,
 * so it cannot corrupt the next code.
 */
public final class DelimiterFramer {

    /** What feeding produced. */
    public sealed interface Frame permits Payload, Oversized, Stale {
    }

    /** One code's bytes, delimiter removed. */
    public record Payload(byte[] bytes) implements Frame {
    }

    /** A frame beyond the limit was dropped. */
    public record Oversized(int length) implements Frame {
    }

    /** A partial frame went quiet and was dropped. */
    public record Stale(int length) implements Frame {
    }

    private final Delimiter delimiter;
    private final int maxFrameBytes;
    private final long staleNanos;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private boolean pendingCr;
    private boolean discarding;
    private int discarded;
    private long lastByteNanos;

    public DelimiterFramer(Delimiter delimiter, int maxFrameBytes, long staleNanos) {
        this.delimiter = delimiter;
        this.maxFrameBytes = maxFrameBytes;
        this.staleNanos = staleNanos;
    }

    public List<Frame> feed(byte[] data, int offset, int length, long nanos) {
        List<Frame> out = new ArrayList<>();
        if (length > 0) {
            expire(nanos, out);
            lastByteNanos = nanos;
        }
        for (int i = offset; i < offset + length; i++) {
            byte b = data[i];
            switch (delimiter) {
                case CR -> {
                    if (b == '\r') {
                        endFrame(out);
                    } else {
                        add(b, out);
                    }
                }
                case LF -> {
                    if (b == '\n') {
                        endFrame(out);
                    } else {
                        add(b, out);
                    }
                }
                case CRLF -> {
                    if (pendingCr) {
                        pendingCr = false;
                        if (b == '\n') {
                            endFrame(out);
                            continue;
                        }
                        add((byte) '\r', out);
                    }
                    if (b == '\r') {
                        pendingCr = true;
                    } else {
                        add(b, out);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return out;
    }

    /** Drops a partial frame that has gone quiet; call when a read times out. */
    public List<Frame> idle(long nanos) {
        List<Frame> out = new ArrayList<>();
        expire(nanos, out);
        return out;
    }

    /** Forgets everything (the link was lost). */
    public void reset() {
        frame.reset();
        pendingCr = false;
        discarding = false;
        discarded = 0;
    }

    private void expire(long nanos, List<Frame> out) {
        boolean partial = frame.size() > 0 || pendingCr || discarding;
        if (partial && nanos - lastByteNanos > staleNanos) {
            int length = frame.size() + (pendingCr ? 1 : 0) + discarded;
            reset();
            out.add(new Stale(length));
        }
    }

    private void add(byte b, List<Frame> out) {
        if (discarding) {
            discarded++;
            return;
        }
        if (frame.size() >= maxFrameBytes) {
            discarding = true;
            discarded = frame.size() + 1;
            frame.reset();
            return;
        }
        frame.write(b);
    }

    private void endFrame(List<Frame> out) {
        if (discarding) {
            out.add(new Oversized(discarded));
        } else if (frame.size() > 0) {
            out.add(new Payload(frame.toByteArray()));
        }
        reset();
    }
}
