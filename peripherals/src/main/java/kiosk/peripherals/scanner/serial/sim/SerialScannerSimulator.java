package kiosk.peripherals.scanner.serial.sim;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kiosk.peripherals.scanner.serial.Delimiter;
import kiosk.peripherals.sim.DeviceSimulator;
import kiosk.peripherals.transport.ByteTransport;

/**
 * A serial QR scanner: {@link #present} sends a code's bytes and the delimiter, as the scanner does
 * when a resident holds a phone under it, optionally in small fragments with pauses (how USB-serial
 * reads really arrive). Faults: garbage bytes, an oversized code, a half-sent code, and (through the
 * InProcessChannel it is served on) unplug/replug. What the host sends is read and ignored.
 */
public final class SerialScannerSimulator implements DeviceSimulator {

    private record Chunk(byte[] bytes, Duration pauseBefore) {
    }

    private final Delimiter delimiter;
    private final BlockingQueue<Chunk> outbox = new LinkedBlockingQueue<>();
    private volatile boolean stopped;

    public SerialScannerSimulator(Delimiter delimiter) {
        this.delimiter = delimiter;
    }

    public SerialScannerSimulator() {
        this(Delimiter.CR);
    }

    /** Scans a code: its UTF-8 bytes and the delimiter, in one piece. */
    public void present(String code) {
        present(code.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE, Duration.ZERO);
    }

    /** Scans a code encoded in the given charset (e.g. GB18030 from an old generator). */
    public void present(String code, Charset charset) {
        present(code.getBytes(charset), Integer.MAX_VALUE, Duration.ZERO);
    }

    /** Scans raw bytes plus the delimiter, sent in fragments of {@code fragment} bytes with a pause between. */
    public void present(byte[] payload, int fragment, Duration pause) {
        byte[] all = Arrays.copyOf(payload, payload.length + delimiter.bytes().length);
        System.arraycopy(delimiter.bytes(), 0, all, payload.length, delimiter.bytes().length);
        sendRaw(all, fragment, pause);
    }

    /** Sends bytes exactly as given (garbage, a half code), fragmented as asked. */
    public void sendRaw(byte[] bytes, int fragment, Duration pause) {
        int step = Math.max(1, fragment);
        for (int i = 0; i < bytes.length; i += step) {
            outbox.add(new Chunk(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + step)),
                    i == 0 ? Duration.ZERO : pause));
        }
    }

    /** A code longer than any policy allows. */
    public void presentOversized(int length) {
        byte[] big = new byte[length];
        Arrays.fill(big, (byte) 'A');
        present(big, 4096, Duration.ZERO);
    }

    /** Whether everything presented has been sent. */
    public boolean idle() {
        return outbox.isEmpty();
    }

    @Override
    public void serve(ByteTransport link) {
        stopped = false;
        byte[] sink = new byte[256];
        while (!stopped && link.isOpen()) {
            try {
                Chunk chunk = outbox.poll(20, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    if (!chunk.pauseBefore().isZero()) {
                        Thread.sleep(chunk.pauseBefore().toMillis());
                    }
                    link.write(chunk.bytes(), Duration.ofSeconds(1));
                }
                link.read(sink, Duration.ofMillis(1));
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
