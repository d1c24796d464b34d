package kiosk.peripherals.idcard.sam;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import kiosk.peripherals.transport.ByteTransport;
import kiosk.peripherals.transport.TransportException;

/** A transport that hands out scripted chunks, then reports silence (or a lost link) until the timeout. */
final class ScriptedTransport implements ByteTransport {

    private final Deque<byte[]> chunks = new ArrayDeque<>();
    private final List<byte[]> written = new ArrayList<>();
    private boolean lostAfterScript;
    private boolean open = true;

    ScriptedTransport chunk(byte[] bytes) {
        chunks.add(bytes);
        return this;
    }

    ScriptedTransport lostAfterScript() {
        lostAfterScript = true;
        return this;
    }

    List<byte[]> written() {
        return written;
    }

    @Override
    public void open() {
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void write(byte[] data, Duration timeout) {
        written.add(data.clone());
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        byte[] next = chunks.poll();
        if (next == null) {
            if (lostAfterScript) {
                throw new TransportException(TransportException.Kind.CLOSED, "scripted: link lost");
            }
            try {
                Thread.sleep(Math.min(timeout.toMillis(), 20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
        int n = Math.min(buffer.length, next.length);
        System.arraycopy(next, 0, buffer, 0, n);
        if (n < next.length) {
            chunks.addFirst(java.util.Arrays.copyOfRange(next, n, next.length));
        }
        return n;
    }

    @Override
    public void discardInput() {
        // scripted replies are meant to be read
    }

    @Override
    public String describe() {
        return "scripted";
    }

    @Override
    public void close() {
        open = false;
    }
}
