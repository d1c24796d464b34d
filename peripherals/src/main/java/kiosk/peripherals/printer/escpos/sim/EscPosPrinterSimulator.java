package kiosk.peripherals.printer.escpos.sim;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kiosk.peripherals.fonts.KioskFont;
import kiosk.peripherals.printer.escpos.PrinterCharset;
import kiosk.peripherals.printer.escpos.TextRaster;
import kiosk.peripherals.sim.DeviceSimulator;
import kiosk.peripherals.transport.ByteTransport;

/**
 * An ESC/POS thermal receipt printer, byte for byte: interprets the stream into receipt images,
 * answers DLE EOT 1-4 and GS r, sends automatic status back (GS a) packets when its state changes,
 * and keeps paper accounting: the roll reaches near-end after {@code nearEndAfterMm} and ends after
 * {@code paperLengthMm} of printing (8 dots per mm, 203 dpi).
 *
 * <p>Faults, for tests and the demo's simulator panel: paper near-end or out part way through a
 * receipt, cover open, cutter error at the next cut, paper jam, a slow print mechanism (real-time
 * status still answered at once), a hung firmware (answers nothing), and
 * unplug/replug through the {@code InProcessChannel} it is served on. While it cannot print it
 * drops print data (the receipt in progress is kept as incomplete) but still answers real-time
 * status, as a real printer does; GS r is answered only while it can print.
 */
public final class EscPosPrinterSimulator implements DeviceSimulator {

    /** The simulated printer's fixed properties. */
    public record Config(PrinterCharset charset, int paperWidthDots, boolean chineseModeAtPowerUp,
                         double paperLengthMm, double nearEndAfterMm) {
        public static final Config DEFAULT = new Config(PrinterCharset.GB18030, 576, false, 50_000, 45_000);

        public Config withCharset(PrinterCharset c) {
            return new Config(c, paperWidthDots, chineseModeAtPowerUp, paperLengthMm, nearEndAfterMm);
        }

        public Config withPaperWidthDots(int dots) {
            return new Config(charset, dots, chineseModeAtPowerUp, paperLengthMm, nearEndAfterMm);
        }

        public Config withPaper(double lengthMm, double nearEndMm) {
            return new Config(charset, paperWidthDots, chineseModeAtPowerUp, lengthMm, nearEndMm);
        }
    }

    private static final double DOTS_PER_MM = 8.0;
    private static final int KEEP_RECEIPTS = 50;

    private final Config config;
    private final List<Consumer<PrintedReceipt>> listeners = new CopyOnWriteArrayList<>();
    /** Listeners run here, so a slow one (saving a PNG) never delays the printer's status answers. */
    private final ThreadPoolExecutor notifier = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "escpos-sim-receipts");
                t.setDaemon(true);
                return t;
            });
    private final Deque<PrintedReceipt> receipts = new ArrayDeque<>();
    private final ByteArrayQueue replies = new ByteArrayQueue();
    private final EscPosInterpreter interpreter;

    private long usedDots;
    private long endAfterDots;
    private long nearEndAfterDots;
    private boolean coverOpen;
    private boolean jammed;
    private boolean cutterError;
    private boolean failNextCut;
    private int asbItems;
    private byte[] lastAsb;
    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
    private final java.io.ByteArrayOutputStream realtimeCarry = new java.io.ByteArrayOutputStream();
    private Duration engineDelay = Duration.ZERO;
    private int engineChunk = 4096;
    private boolean hung;
    private boolean answersPaperStatus = true;
    private volatile boolean stopped;

    public EscPosPrinterSimulator(Config config) {
        this.config = config;
        this.endAfterDots = Math.round(config.paperLengthMm() * DOTS_PER_MM);
        this.nearEndAfterDots = Math.round(config.nearEndAfterMm() * DOTS_PER_MM);
        this.interpreter = new EscPosInterpreter(new DeviceSide(), config.charset(), config.paperWidthDots(),
                config.chineseModeAtPowerUp());
        notifier.allowCoreThreadTimeOut(true);
        KioskFont.awt(TextRaster.CELL_HEIGHT); // load the 10 MB font now, not while the host waits for a status
    }

    public EscPosPrinterSimulator() {
        this(Config.DEFAULT);
    }

    public Config config() {
        return config;
    }

    // ---- serving --------------------------------------------------------------------------------

    @Override
    public void serve(ByteTransport link) {
        stopped = false;
        synchronized (this) {
            asbItems = 0; // a new connection starts without ASB until the host asks
            lastAsb = null;
            replies.clear();
            pending.reset();
            realtimeCarry.reset();
        }
        byte[] buf = new byte[4096];
        long nextEngineStep = System.nanoTime();
        while (!stopped && link.isOpen()) {
            try {
                int n = link.read(buf, Duration.ofMillis(pending.size() > 0 ? 5 : 20));
                byte[] out;
                synchronized (this) {
                    boolean throttled = !engineDelay.isZero() || hung;
                    if (n > 0) {
                        if (throttled) {
                            receiveWhileBehind(buf, n);
                        } else {
                            if (realtimeCarry.size() > 0) {
                                realtimeCarry.writeTo(pending);
                                realtimeCarry.reset();
                            }
                            pending.write(buf, 0, n);
                        }
                    }
                    long now = System.nanoTime();
                    if (!hung && pending.size() > 0 && (engineDelay.isZero() || now >= nextEngineStep)) {
                        byte[] all = pending.toByteArray();
                        int take = engineDelay.isZero() ? all.length : Math.min(engineChunk, all.length);
                        pending.reset();
                        pending.write(all, take, all.length - take);
                        interpreter.feed(all, 0, take);
                        nextEngineStep = now + engineDelay.toNanos();
                    }
                    queueAsbIfChanged();
                    out = replies.drain();
                }
                if (out.length > 0) {
                    link.write(out, Duration.ofSeconds(1));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * While the print engine is behind (slow) or hung, real-time requests are taken out of the incoming
     * bytes and answered (or, hung, dropped) on reception, as a real printer does; the rest waits in
     * the receive buffer. Like a real printer, this cannot tell a DLE EOT n inside image data from a
     * request.
     */
    private void receiveWhileBehind(byte[] buf, int n) {
        realtimeCarry.write(buf, 0, n);
        byte[] in = realtimeCarry.toByteArray();
        realtimeCarry.reset();
        int i = 0;
        while (i < in.length) {
            if ((in[i] & 0xFF) == 0x10) {
                if (i + 2 >= in.length) {
                    realtimeCarry.write(in, i, in.length - i); // a request may be split across reads
                    return;
                }
                int n2 = in[i + 2] & 0xFF;
                if (in[i + 1] == 0x04 && n2 >= 1 && n2 <= 4) {
                    if (!hung) {
                        replies.add(new byte[] {(byte) realtimeByte(n2)});
                    }
                    i += 3;
                    continue;
                }
            }
            pending.write(in[i]);
            i++;
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }

    // ---- faults and operator actions ------------------------------------------------------------

    /** The roll ends after this many more mm of printing (0: now). */
    public synchronized void runOutOfPaperAfterMm(double mm) {
        endAfterDots = usedDots + Math.round(mm * DOTS_PER_MM);
        if (endAfterDots <= usedDots) {
            endAfterDots = usedDots;
        }
    }

    /** The near-end sensor trips after this many more mm of printing (0: now). */
    public synchronized void nearEndAfterMm(double mm) {
        nearEndAfterDots = usedDots + Math.round(mm * DOTS_PER_MM);
    }

    /** A fresh roll: paper full, near-end and end at the configured lengths. */
    public synchronized void loadPaper() {
        usedDots = 0;
        endAfterDots = Math.round(config.paperLengthMm() * DOTS_PER_MM);
        nearEndAfterDots = Math.round(config.nearEndAfterMm() * DOTS_PER_MM);
    }

    public synchronized void openCover() {
        coverOpen = true;
    }

    public synchronized void closeCover() {
        coverOpen = false;
    }

    /** Paper jam: a mechanical error until {@link #clearJam()}. */
    public synchronized void jam() {
        jammed = true;
    }

    public synchronized void clearJam() {
        jammed = false;
    }

    /** The next cut fails with an autocutter error (until {@link #repairCutter()}). */
    public synchronized void failNextCut() {
        failNextCut = true;
    }

    public synchronized void repairCutter() {
        cutterError = false;
        failNextCut = false;
    }

    /**
     * A slow print mechanism: it takes in at most {@code chunk} bytes per {@code delay}, while
     * real-time status requests are still answered at once (taken out of the incoming bytes).
     */
    public synchronized void setSlow(Duration delay, int chunk) {
        this.engineDelay = delay;
        this.engineChunk = Math.max(1, chunk);
    }

    public synchronized void setNormalSpeed() {
        this.engineDelay = Duration.ZERO;
        this.engineChunk = 4096;
    }

    /**
     * A printer model without GS r (transmit paper status): the command is accepted and ignored, as
     * such printers do, while DLE EOT real-time status is still answered.
     */
    public synchronized void setAnswersPaperStatus(boolean answers) {
        this.answersPaperStatus = answers;
    }

    /** A hung firmware: prints nothing and answers nothing (real-time requests are lost) until released. */
    public synchronized void setHung(boolean hung) {
        this.hung = hung;
    }

    // ---- observation ----------------------------------------------------------------------------

    public synchronized boolean paperOut() {
        return usedDots >= endAfterDots;
    }

    public synchronized boolean paperNearEnd() {
        return usedDots >= nearEndAfterDots;
    }

    public synchronized double paperUsedMm() {
        return usedDots / DOTS_PER_MM;
    }

    public synchronized boolean coverOpen() {
        return coverOpen;
    }

    public synchronized List<PrintedReceipt> receipts() {
        return new ArrayList<>(receipts);
    }

    public synchronized PrintedReceipt lastReceipt() {
        return receipts.peekLast();
    }

    /** Called for each finished receipt, in order, on the simulator's own notifier thread. */
    public void addListener(Consumer<PrintedReceipt> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<PrintedReceipt> listener) {
        listeners.remove(listener);
    }

    // ---- status bytes (Epson bit layout) --------------------------------------------------------

    private boolean stoppedPrinting() {
        return coverOpen || jammed || cutterError || paperOut();
    }

    private int realtimeByte(int n) {
        int b = 0x12; // bit 1 and bit 4 fixed on
        switch (n) {
            case 1 -> b |= stoppedPrinting() ? 0x08 : 0;
            case 2 -> b |= (coverOpen ? 0x04 : 0) | (paperOut() ? 0x20 : 0)
                    | (jammed || cutterError ? 0x40 : 0);
            case 3 -> b |= (jammed ? 0x04 : 0) | (cutterError ? 0x08 : 0);
            case 4 -> b |= (paperNearEnd() ? 0x0C : 0) | (paperOut() ? 0x60 : 0);
            default -> {
                // only 1..4 reach here
            }
        }
        return b;
    }

    private byte[] asbPacket() {
        return new byte[] {
            (byte) (0x10 | (stoppedPrinting() ? 0x08 : 0) | (coverOpen ? 0x20 : 0)),
            (byte) ((jammed ? 0x04 : 0) | (cutterError ? 0x08 : 0)),
            (byte) ((paperNearEnd() ? 0x03 : 0) | (paperOut() ? 0x0C : 0)),
            0
        };
    }

    private void queueAsbIfChanged() {
        if (asbItems == 0) {
            return;
        }
        byte[] now = asbPacket();
        if (lastAsb == null || !java.util.Arrays.equals(now, lastAsb)) {
            lastAsb = now;
            replies.add(now);
        }
    }

    private void keep(PrintedReceipt receipt) {
        receipts.addLast(receipt);
        while (receipts.size() > KEEP_RECEIPTS) {
            receipts.removeFirst();
        }
        for (Consumer<PrintedReceipt> l : listeners) {
            notifier.execute(() -> {
                try {
                    l.accept(receipt);
                } catch (RuntimeException e) {
                    // a failing listener must not stop the printer
                }
            });
        }
    }

    /** What the interpreter drives; runs under the simulator's lock. */
    private final class DeviceSide implements EscPosInterpreter.Host {
        @Override
        public void realtimeStatus(int n) {
            replies.add(new byte[] {(byte) realtimeByte(n)});
        }

        @Override
        public void transmitStatus(int n) {
            if (answersPaperStatus && (n == 1 || n == 49) && !stoppedPrinting()) {
                replies.add(new byte[] {(byte) ((paperNearEnd() ? 0x03 : 0) | (paperOut() ? 0x0C : 0))});
            }
        }

        @Override
        public void automaticStatusBack(int n) {
            asbItems = n & 0x0F;
            lastAsb = null;
            queueAsbIfChanged();
        }

        @Override
        public boolean consumePaper(int dots) {
            if (stoppedPrinting()) {
                return false;
            }
            usedDots += dots;
            return true;
        }

        @Override
        public boolean canPrint() {
            return !stoppedPrinting();
        }

        @Override
        public boolean cut() {
            if (failNextCut) {
                failNextCut = false;
                cutterError = true;
                return false;
            }
            return true;
        }

        @Override
        public void receipt(PrintedReceipt receipt) {
            keep(receipt);
        }
    }

    /** Replies waiting to be sent. */
    private static final class ByteArrayQueue {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void add(byte[] b) {
            out.writeBytes(b);
        }

        byte[] drain() {
            byte[] b = out.toByteArray();
            out.reset();
            return b;
        }

        void clear() {
            out.reset();
        }
    }
}
