package kiosk.peripherals.printer.escpos;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kiosk.peripherals.device.AbstractDevice;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.PrinterDetail;
import kiosk.peripherals.device.StatusDetail;
import kiosk.peripherals.printer.PrintCompletion;
import kiosk.peripherals.printer.Printer;
import kiosk.peripherals.printer.Receipt;
import kiosk.peripherals.transport.ByteTransport;
import kiosk.peripherals.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer over any {@link ByteTransport}.
 *
 * <p>On a link that can answer, a reader thread sorts what the printer sends ({@link StatusDemux}):
 * ASB packets update the status the moment the printer reports a change (cover opened, paper low),
 * DLE EOT and GS r replies go to whoever asked. A print checks the status first and refuses when the
 * printer cannot print; after the data it sends GS r 1, which the printer answers only once it has
 * processed everything before it, and meanwhile polls DLE EOT: paper out, cover open or an error
 * before that answer means the receipt is incomplete. On a write-only link (USB lp) paper is
 * UNKNOWN and the print is delivered, not confirmed. Every write and wait is bounded.
 *
 * <p>Not every ESC/POS printer implements GS r. The first health check (or open) asks once; a printer
 * that answers DLE EOT but not GS r is confirmed by its status instead: after the data, the real-time
 * status is polled for as long as the receipt takes to print, and a receipt is incomplete only when the
 * printer reports paper out, cover open or an error in that time. When the printer says it printed,
 * the print is never reported failed.
 */
public final class EscPosPrinter extends AbstractDevice implements Printer {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinter.class);
    private static final int CHUNK = 4096;
    private static final Duration POLL = Duration.ofMillis(200);

    private final ByteTransport transport;
    private final EscPosSettings settings;
    private final EscPosEncoder encoder;
    private final BlockingQueue<Integer> realtimeReplies = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> paperReplies = new LinkedBlockingQueue<>();
    /** One exchange with the printer at a time; health checks skip rather than wait behind a print. */
    private final ReentrantLock ioLock = new ReentrantLock();
    private volatile boolean open;
    private volatile boolean busy;
    private volatile Thread reader;
    /** How prints are confirmed, found at the first health check: null until then. */
    private volatile Confirmation confirmation;

    /** How this printer tells that a receipt was processed. */
    public enum Confirmation {
        /** GS r 1: answered once everything before it was processed. */
        PAPER_STATUS,
        /** No GS r: DLE EOT polled while the receipt prints; no error reported means printed. */
        REALTIME_STATUS
    }

    public EscPosPrinter(String id, ByteTransport transport, EscPosSettings settings) {
        super(id, DeviceKind.RECEIPT_PRINTER);
        this.transport = transport;
        this.settings = settings;
        this.encoder = settings.encoder();
    }

    public EscPosSettings settings() {
        return settings;
    }

    public String describeLink() {
        return transport.describe();
    }

    @Override
    public void open() throws DeviceException {
        ioLock.lock();
        try {
            if (open && transport.isOpen()) {
                return;
            }
            try {
                transport.open();
            } catch (IOException e) {
                updateStatus(DeviceStatus.noDevice("printer.unavailable"));
                throw fail(new DeviceException(CompletionCode.NO_DEVICE, "printer.unavailable",
                        "receipt printer " + id() + " unavailable: " + e.getMessage(), e));
            }
            open = true;
            realtimeReplies.clear();
            paperReplies.clear();
            if (!transport.canRead()) {
                updateStatus(DeviceStatus.online(PrinterDetail.UNKNOWN));
                return;
            }
            startReader();
            try {
                transport.write(new EscPosCommands().automaticStatusBack(EscPosEncoder.ASB_ITEMS).toByteArray(),
                        settings.writeTimeout());
                PrinterStatus now = queryStatus();
                updateStatus(now.toDeviceStatus());
                if (confirmation == null && now.canPrint()) {
                    confirmation = probeConfirmation();
                }
            } catch (DeviceException e) {
                throw fail(e);
            } catch (IOException e) {
                throw fail(linkLost(e));
            }
        } finally {
            ioLock.unlock();
        }
    }

    @Override
    public boolean isOpen() {
        return open && transport.isOpen();
    }

    @Override
    public DeviceStatus checkHealth() {
        if (!isOpen()) {
            try {
                open();
            } catch (DeviceException e) {
                return status();
            }
            return status();
        }
        if (!transport.canRead()) {
            return updateStatus(DeviceStatus.online(PrinterDetail.UNKNOWN));
        }
        if (!ioLock.tryLock()) {
            return status(); // printing: the print itself is reading the status
        }
        try {
            PrinterStatus now = queryStatus();
            if (confirmation == null && now.canPrint()) {
                confirmation = probeConfirmation();
            }
            return updateStatus(busyAware(now.toDeviceStatus()));
        } catch (DeviceException e) {
            publish(new DeviceEvent.Error(id(), e));
            return status();
        } catch (IOException e) {
            publish(new DeviceEvent.Error(id(), linkLost(e)));
            return status();
        } finally {
            ioLock.unlock();
        }
    }

    /** How prints are confirmed on this printer; null until a health check could ask it. */
    public Confirmation confirmation() {
        return confirmation;
    }

    /** Sends GS r 1 once, on an idle printer that can print: an answer means GS r is implemented. */
    private Confirmation probeConfirmation() throws DeviceException, IOException {
        paperReplies.clear();
        transport.write(new EscPosCommands().transmitPaperStatus().toByteArray(), settings.writeTimeout());
        try {
            Integer answer = paperReplies.poll(settings.statusTimeout().toNanos(), TimeUnit.NANOSECONDS);
            Confirmation found = answer != null ? Confirmation.PAPER_STATUS : Confirmation.REALTIME_STATUS;
            if (found == Confirmation.REALTIME_STATUS) {
                LOG.info("Receipt printer {} does not answer GS r: prints are confirmed by its real-time status", id());
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(CompletionCode.CANCELED, "printer.interrupted", "status query interrupted");
        }
    }

    /** Asks DLE EOT 1..4 in one write and parses the four answers. */
    public PrinterStatus queryStatus() throws DeviceException, IOException {
        realtimeReplies.clear();
        byte[] ask = new byte[12];
        for (int n = 1; n <= 4; n++) {
            System.arraycopy(EscPosCommands.realtimeStatus(n), 0, ask, (n - 1) * 3, 3);
        }
        transport.write(ask, settings.writeTimeout());
        int[] replies = new int[4];
        long deadline = System.nanoTime() + settings.statusTimeout().toNanos();
        for (int i = 0; i < 4; i++) {
            Integer reply;
            try {
                reply = realtimeReplies.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceException(CompletionCode.CANCELED, "printer.interrupted", "status query interrupted");
            }
            if (reply == null) {
                updateStatus(DeviceStatus.of(DeviceState.OFFLINE, PrinterDetail.UNKNOWN, "printer.not-responding"));
                throw new DeviceException(CompletionCode.TIME_OUT, "printer.not-responding",
                        "receipt printer " + id() + " did not answer DLE EOT " + (i + 1) + " within "
                                + settings.statusTimeout().toMillis() + " ms");
            }
            replies[i] = reply;
        }
        return PrinterStatus.fromRealtime(replies[0], replies[1], replies[2], replies[3]);
    }

    @Override
    public PrintCompletion print(Receipt receipt) throws DeviceException {
        byte[] data;
        try {
            data = encoder.encode(receipt);
        } catch (IllegalArgumentException e) {
            throw fail(new DeviceException(CompletionCode.INVALID_DATA, "printer.bad-receipt",
                    "receipt cannot be encoded: " + e.getMessage(), e));
        }
        long started = System.nanoTime();
        ioLock.lock();
        try {
            if (!isOpen()) {
                open();
            }
            boolean confirmed;
            try {
                if (transport.canRead()) {
                    PrinterStatus before = queryStatus();
                    updateStatus(before.toDeviceStatus());
                    if (!before.canPrint()) {
                        throw fail(before.refusal("receipt refused before printing"));
                    }
                }
                busy = true;
                updateStatus(DeviceStatus.of(DeviceState.BUSY, status().detail(), ""));
                for (int from = 0; from < data.length; from += CHUNK) {
                    transport.write(Arrays.copyOfRange(data, from, Math.min(data.length, from + CHUNK)),
                            settings.writeTimeout());
                }
                if (transport.canRead() && confirmation == null) {
                    confirmation = probeConfirmation();
                }
                confirmed = transport.canRead() && (confirmation == Confirmation.REALTIME_STATUS
                        ? awaitByStatus(data.length) : awaitCompletion());
                if (!transport.canRead()) {
                    updateStatus(DeviceStatus.online(PrinterDetail.UNKNOWN));
                }
            } catch (DeviceException e) {
                busy = false;
                if (e.code() != CompletionCode.TIME_OUT && !"printer.receipt-incomplete".equals(e.reason())
                        && status().state() == DeviceState.BUSY) {
                    updateStatus(DeviceStatus.online(status().detail()));
                }
                throw e;
            } catch (IOException e) {
                busy = false;
                throw fail(linkLost(e));
            } finally {
                busy = false;
            }
            PrintCompletion done = new PrintCompletion(id(), data.length, confirmed, transport.describe(),
                    Duration.ofNanos(System.nanoTime() - started));
            publish(new DeviceEvent.Data<>(id(), done));
            return done;
        } finally {
            ioLock.unlock();
        }
    }

    /**
     * Sends GS r 1 and waits for its answer (the printer processed the whole receipt), polling the
     * real-time status meanwhile: a printer that stops part way answers DLE EOT but never GS r.
     */
    private boolean awaitCompletion() throws DeviceException, IOException {
        paperReplies.clear();
        transport.write(new EscPosCommands().transmitPaperStatus().toByteArray(), settings.writeTimeout());
        long deadline = System.nanoTime() + settings.completionTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            Integer paper;
            try {
                paper = paperReplies.poll(POLL.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceException(CompletionCode.CANCELED, "printer.interrupted", "print interrupted");
            }
            PrinterStatus now = queryStatus();
            if (paper != null) {
                busy = false;
                PrinterStatus after = now.withPaperSensor(paper);
                updateStatus(after.toDeviceStatus());
                if (now.cutterError() || now.mechanicalError() || now.unrecoverableError()) {
                    throw fail(incomplete(now));
                }
                return true;
            }
            if (!now.canPrint()) {
                busy = false;
                updateStatus(now.toDeviceStatus());
                throw fail(incomplete(now));
            }
        }
        updateStatus(DeviceStatus.of(DeviceState.OFFLINE, status().detail(), "printer.not-responding"));
        throw fail(new DeviceException(CompletionCode.TIME_OUT, "printer.receipt-incomplete",
                "receipt printer " + id() + " did not finish the receipt within "
                        + settings.completionTimeout().toMillis() + " ms: it may be incomplete"));
    }

    /**
     * Confirmation on a printer without GS r: polls DLE EOT for as long as the receipt takes to print
     * (a bound from its size). Paper out, cover open or an error in that time means incomplete; a
     * printer that kept saying it can print has printed it.
     */
    private boolean awaitByStatus(int bytes) throws DeviceException, IOException {
        long settle = Math.min(settings.completionTimeout().toNanos(),
                Duration.ofMillis(300 + bytes / 20L).toNanos());
        long until = System.nanoTime() + settle;
        PrinterStatus now;
        do {
            now = queryStatus();
            if (!now.canPrint() || now.cutterError() || now.mechanicalError() || now.unrecoverableError()) {
                busy = false;
                updateStatus(now.toDeviceStatus());
                throw fail(incomplete(now));
            }
            try {
                Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceException(CompletionCode.CANCELED, "printer.interrupted", "print interrupted");
            }
        } while (System.nanoTime() < until);
        now = queryStatus();
        if (!now.canPrint() || now.cutterError() || now.mechanicalError() || now.unrecoverableError()) {
            busy = false;
            updateStatus(now.toDeviceStatus());
            throw fail(incomplete(now));
        }
        busy = false;
        updateStatus(now.toDeviceStatus());
        return true;
    }

    private DeviceException incomplete(PrinterStatus status) {
        DeviceStatus s = status.toDeviceStatus();
        CompletionCode code = s.state() == DeviceState.HARDWARE_ERROR ? CompletionCode.HARDWARE_ERROR
                : CompletionCode.USER_ERROR;
        return new DeviceException(code, "printer.receipt-incomplete",
                "receipt incomplete: the printer stopped part way (" + s.reason() + ")");
    }

    private DeviceException linkLost(IOException e) {
        boolean timeout = e instanceof TransportException te && te.kind() == TransportException.Kind.TIMEOUT;
        closeLink();
        if (timeout) {
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, PrinterDetail.UNKNOWN, "printer.write-timeout"));
            return new DeviceException(CompletionCode.TIME_OUT, "printer.write-timeout",
                    "receipt printer " + id() + ": " + e.getMessage(), e);
        }
        updateStatus(DeviceStatus.noDevice("printer.link-lost"));
        return new DeviceException(CompletionCode.NO_DEVICE, "printer.link-lost",
                "receipt printer " + id() + ": link lost: " + e.getMessage(), e);
    }

    private DeviceStatus busyAware(DeviceStatus s) {
        return busy && s.state() == DeviceState.ONLINE ? DeviceStatus.of(DeviceState.BUSY, s.detail(), "") : s;
    }

    private void startReader() {
        Thread t = new Thread(this::readLoop, "escpos-reader-" + id());
        t.setDaemon(true);
        reader = t;
        t.start();
    }

    private void readLoop() {
        StatusDemux demux = new StatusDemux();
        byte[] buf = new byte[256];
        Thread self = Thread.currentThread();
        while (reader == self && open) {
            int n;
            try {
                n = transport.read(buf, POLL);
            } catch (IOException e) {
                if (reader == self && open) {
                    LOG.info("Receipt printer {} link lost: {}", id(), e.getMessage());
                    publish(new DeviceEvent.Error(id(), linkLost(e)));
                }
                return;
            }
            for (int i = 0; i < n; i++) {
                StatusDemux.Incoming in = demux.feed(buf[i]);
                if (in instanceof StatusDemux.RealtimeReply r) {
                    realtimeReplies.offer(r.value());
                } else if (in instanceof StatusDemux.PaperReply p) {
                    paperReplies.offer(p.value());
                } else if (in instanceof StatusDemux.Asb a) {
                    onAsb(a.packet());
                }
            }
        }
    }

    private void onAsb(byte[] packet) {
        try {
            updateStatus(busyAware(PrinterStatus.fromAsb(packet).toDeviceStatus()));
        } catch (DeviceException e) {
            publish(new DeviceEvent.Error(id(), e));
        }
    }

    private void closeLink() {
        open = false;
        reader = null;
        transport.close();
    }

    @Override
    public void close() {
        closeLink();
        updateStatus(DeviceStatus.of(DeviceState.OFFLINE, StatusDetail.NONE, "closed"));
    }
}
