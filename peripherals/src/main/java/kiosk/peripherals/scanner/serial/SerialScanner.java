package kiosk.peripherals.scanner.serial;

import java.io.IOException;
import java.time.Duration;
import kiosk.peripherals.device.AbstractDevice;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.ScannerDetail;
import kiosk.peripherals.scanner.PayloadException;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.ScannedCode;
import kiosk.peripherals.transport.ByteTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A QR scanner on a serial line (USB-CDC or RS-232): it sends each code followed by its delimiter.
 * A reader thread frames the bytes ({@link DelimiterFramer}), applies the {@link PayloadPolicy} and
 * publishes each code as {@code DeviceEvent.Data<ScannedCode>}, each bad payload as an Error event.
 * When the port disappears (unplugged) the status turns NO_DEVICE and the thread keeps trying to
 * reopen it with a growing pause, so a replugged scanner works again without a restart.
 */
public final class SerialScanner extends AbstractDevice {

    private static final Logger LOG = LoggerFactory.getLogger(SerialScanner.class);
    private static final Duration READ_TIMEOUT = Duration.ofMillis(100);
    private static final ScannerDetail ON = new ScannerDetail(ScannerDetail.Scanner.ON);
    private static final ScannerDetail UNKNOWN = new ScannerDetail(ScannerDetail.Scanner.UNKNOWN);

    /**
     * @param delimiter      terminator the scanner is configured to send
     * @param policy         size limit and charset rule
     * @param staleAfter     a partial code quiet this long is dropped
     * @param maxReconnectPause longest pause between reopen attempts after an unplug
     */
    public record Settings(Delimiter delimiter, PayloadPolicy policy, Duration staleAfter, Duration maxReconnectPause) {
        public static final Settings DEFAULT =
                new Settings(Delimiter.CR, PayloadPolicy.standard(), Duration.ofMillis(500), Duration.ofSeconds(2));
    }

    private final ByteTransport transport;
    private final Settings settings;
    private final DelimiterFramer framer;
    private volatile boolean running;
    private volatile Thread worker;

    public SerialScanner(String id, ByteTransport transport, Settings settings) {
        super(id, DeviceKind.QR_SCANNER);
        this.transport = transport;
        this.settings = settings;
        this.framer = new DelimiterFramer(settings.delimiter(), settings.policy().maxBytes(),
                settings.staleAfter().toNanos());
    }

    @Override
    public synchronized void open() throws DeviceException {
        if (running) {
            return;
        }
        try {
            transport.open();
        } catch (IOException e) {
            updateStatus(DeviceStatus.of(DeviceState.NO_DEVICE, UNKNOWN, "scanner.unavailable"));
            throw fail(new DeviceException(CompletionCode.NO_DEVICE, "scanner.unavailable",
                    "QR scanner " + id() + " unavailable: " + e.getMessage(), e));
        }
        running = true;
        updateStatus(DeviceStatus.online(ON));
        Thread t = new Thread(this::run, "serial-scanner-" + id());
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    @Override
    public boolean isOpen() {
        return running;
    }

    /** A serial scanner has no status command: the state is whether its port is there. */
    @Override
    public DeviceStatus checkHealth() {
        if (!running) {
            return status();
        }
        return transport.isOpen() ? updateStatus(DeviceStatus.online(ON)) : status();
    }

    private void run() {
        byte[] buf = new byte[512];
        long pause = 50;
        while (running) {
            if (!transport.isOpen()) {
                if (status().state() == DeviceState.ONLINE) {
                    lost(null);
                }
                try {
                    Thread.sleep(pause);
                    transport.open();
                    framer.reset();
                    pause = 50;
                    updateStatus(DeviceStatus.online(ON));
                    LOG.info("QR scanner {} reconnected on {}", id(), transport.describe());
                } catch (IOException e) {
                    pause = Math.min(pause * 2, settings.maxReconnectPause().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            try {
                int n = transport.read(buf, READ_TIMEOUT);
                long now = System.nanoTime();
                var frames = n > 0 ? framer.feed(buf, 0, n, now) : framer.idle(now);
                frames.forEach(this::onFrame);
            } catch (IOException e) {
                if (!running) {
                    return;
                }
                lost(e);
            }
        }
    }

    private void lost(IOException cause) {
        transport.close();
        framer.reset();
        updateStatus(DeviceStatus.of(DeviceState.NO_DEVICE, UNKNOWN, "scanner.unplugged"));
        String why = cause == null ? "port gone" : cause.getMessage();
        publish(new DeviceEvent.Error(id(), new DeviceException(CompletionCode.NO_DEVICE,
                "scanner.unplugged", "QR scanner " + id() + " link lost: " + why, cause)));
    }

    private void onFrame(DelimiterFramer.Frame frame) {
        if (frame instanceof DelimiterFramer.Payload p) {
            try {
                ScannedCode code = settings.policy().accept(p.bytes(), ScannedCode.Source.SERIAL);
                publish(new DeviceEvent.Data<>(id(), code));
            } catch (PayloadException e) {
                publish(new DeviceEvent.Error(id(), e));
            }
        } else if (frame instanceof DelimiterFramer.Oversized o) {
            publish(new DeviceEvent.Error(id(), new PayloadException(PayloadException.Rule.TOO_LARGE,
                    "code of " + o.length() + " bytes exceeds the limit of " + settings.policy().maxBytes())));
        } else if (frame instanceof DelimiterFramer.Stale s) {
            publish(new DeviceEvent.Error(id(), new DeviceException(CompletionCode.PROTOCOL_ERROR,
                    "scanner.partial-code", "dropped " + s.length() + " bytes without a delimiter")));
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        Thread t = worker;
        worker = null;
        if (t != null) {
            t.interrupt();
        }
        transport.close();
        updateStatus(DeviceStatus.of(DeviceState.OFFLINE, UNKNOWN, "closed"));
    }
}
