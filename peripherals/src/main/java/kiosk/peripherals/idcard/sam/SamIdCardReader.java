package kiosk.peripherals.idcard.sam;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kiosk.peripherals.device.AbstractDevice;
import kiosk.peripherals.device.CardReaderDetail;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.StatusDetail;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.transport.ByteTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident ID card reader with a SAM module behind any byte transport (serial, TCP, in-process).
 *
 * <p>Watch mode runs on its own thread: find card, select, read base info (and the appended
 * address), publish {@code DeviceEvent.Data<CardIdentity>}; card present / absent become status
 * changes with {@link CardReaderDetail}. A card must leave the field before it is read again.
 * Faults (card pulled mid-read, corrupt frames, timeouts) become {@code DeviceEvent.Error}s with a
 * typed reason and the loop carries on; a lost link makes the device NO_DEVICE and the watcher
 * reconnects by itself when the module comes back.
 */
public final class SamIdCardReader extends AbstractDevice {

    private static final Logger LOG = LoggerFactory.getLogger(SamIdCardReader.class);
    private static final CardReaderDetail READING =
            new CardReaderDetail(CardReaderDetail.Media.PRESENT, CardReaderDetail.Chip.BUSY);
    private static final CardReaderDetail UNKNOWN =
            new CardReaderDetail(CardReaderDetail.Media.UNKNOWN, CardReaderDetail.Chip.UNKNOWN);

    private final ByteTransport transport;
    private final SamReaderOptions options;
    private final ReentrantLock io = new ReentrantLock();
    private volatile SamClient client;
    private volatile boolean open;
    private volatile String samId = "";
    private volatile Thread watcher;
    private volatile boolean watching;
    /** Set by close() until the next open(): a late caller may not bring the link or the watcher back. */
    private volatile boolean closed;
    /** Outcomes of the last exchanges (true = timed out), newest last; guarded by io. */
    private final java.util.ArrayDeque<Boolean> recentTimeouts = new java.util.ArrayDeque<>();
    private static final int RECENT_WINDOW = 5;

    public SamIdCardReader(String id, ByteTransport transport, SamReaderOptions options) {
        super(id, DeviceKind.ID_CARD_READER);
        this.transport = transport;
        this.options = options;
    }

    @Override
    public void open() throws DeviceException {
        closed = false;
        try {
            connect();
        } catch (DeviceException e) {
            throw fail(e);
        }
        if (options.watch()) {
            startWatching();
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** The module's SAM id (hex), known once open. */
    public String samId() {
        return samId;
    }

    public String describeLink() {
        return transport.describe();
    }

    @Override
    public DeviceStatus checkHealth() {
        if (!open || !io.tryLock()) {
            return status(); // closed, or busy with a card: the watcher keeps the status current
        }
        try {
            if (!open) {
                return status();
            }
            client.samStatus();
            succeeded();
            if (!status().state().isUsable()) {
                updateOnline(CardReaderDetail.NO_CARD);
            }
        } catch (DeviceException e) {
            handleFailure(e);
        } finally {
            io.unlock();
        }
        return status();
    }

    /**
     * Waits up to {@code timeout} for a card and reads it (one-shot, without watch mode).
     *
     * @throws DeviceException reason "sam.no-card" when none was presented in time, or the read's error
     */
    public CardIdentity readCard(Duration timeout) throws DeviceException {
        if (!open) {
            throw new DeviceException(CompletionCode.DEVICE_NOT_READY, "sam.not-open", "reader " + id() + " is not open");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            io.lock();
            try {
                if (!open) {
                    throw new DeviceException(CompletionCode.NO_DEVICE, "sam.link-lost", "reader " + id() + " lost its link");
                }
                if (client.findCard()) {
                    updateStatus(DeviceStatus.of(DeviceState.BUSY, READING, "reading"));
                    CardIdentity identity = client.readCard();
                    succeeded();
                    updateOnline(CardReaderDetail.CARD_PRESENT);
                    return identity;
                }
                succeeded();
                updateOnline(CardReaderDetail.NO_CARD);
            } catch (DeviceException e) {
                handleFailure(e);
                throw e;
            } finally {
                io.unlock();
            }
            if (System.nanoTime() >= deadline) {
                throw new DeviceException(CompletionCode.USER_ERROR, "sam.no-card",
                        "no card presented within " + timeout.toMillis() + " ms");
            }
            sleep(options.pollInterval());
        }
    }

    /** Starts the watch thread (idempotent). */
    public synchronized void startWatching() {
        if (watching || closed) {
            return;
        }
        watching = true;
        Thread t = new Thread(this::watchLoop, "sam-watch-" + id());
        t.setDaemon(true);
        watcher = t;
        t.start();
    }

    public synchronized void stopWatching() {
        watching = false;
        Thread t = watcher;
        watcher = null;
        if (t != null && t != Thread.currentThread()) {
            // no interrupt: it would tear down an in-process link mid-exchange; the loop ends within one poll
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isWatching() {
        return watching;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stopWatching();
        io.lock();
        try {
            closeLink();
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, StatusDetail.NONE, "closed"));
        } finally {
            io.unlock();
        }
    }

    /** Opens the link and checks the module: reset, status, SAM id. Publishes status, not errors. */
    private void connect() throws DeviceException {
        io.lock();
        try {
            if (open) {
                return;
            }
            if (closed) {
                throw new DeviceException(CompletionCode.DEVICE_NOT_READY, "sam.not-open", "reader " + id() + " is closed");
            }
            try {
                transport.open();
            } catch (IOException e) {
                updateStatus(DeviceStatus.noDevice("sam.no-device"));
                throw new DeviceException(CompletionCode.NO_DEVICE, "sam.no-device",
                        transport.describe() + " unavailable: " + e.getMessage(), e);
            }
            SamClient c = new SamClient(transport, options.commandTimeout(), options.readTimeout());
            try {
                c.resetSam();
                c.samStatus();
                samId = c.samId();
            } catch (DeviceException e) {
                transport.close();
                updateStatus(statusAfter(e, UNKNOWN));
                throw e;
            }
            client = c;
            open = true;
            recentTimeouts.clear();
            updateStatus(DeviceStatus.online(CardReaderDetail.NO_CARD));
        } finally {
            io.unlock();
        }
    }

    private void watchLoop() {
        boolean awaitRemoval = false;
        int failuresOnCard = 0;
        while (watching) {
            if (!open) {
                try {
                    connect();
                    LOG.info("SAM reader {} reconnected on {}", id(), transport.describe());
                } catch (DeviceException e) {
                    sleep(options.reconnectInterval());
                    continue;
                }
            }
            CardIdentity read = null;
            io.lock();
            try {
                if (!open) {
                    continue;
                }
                boolean found = client.findCard();
                succeeded();
                if (!found) {
                    awaitRemoval = false;
                    failuresOnCard = 0;
                    updateOnline(CardReaderDetail.NO_CARD);
                } else if (awaitRemoval) {
                    updateOnline(CardReaderDetail.CARD_PRESENT);
                } else {
                    updateStatus(DeviceStatus.of(DeviceState.BUSY, READING, "reading"));
                    read = client.readCard();
                    succeeded();
                    awaitRemoval = true;
                    failuresOnCard = 0;
                    updateOnline(CardReaderDetail.CARD_PRESENT);
                }
            } catch (DeviceException e) {
                handleFailure(e);
                if (isCardLevel(e)) {
                    failuresOnCard++;
                    boolean retryable = !(e instanceof SamStatusException s) || s.isRetryable();
                    if (!retryable || failuresOnCard >= options.attemptsPerCard()) {
                        awaitRemoval = true;
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("SAM reader {} watch loop failed", id(), e);
            } finally {
                io.unlock();
            }
            if (read != null) {
                // outside the lock: a listener may take its time or call back into the reader
                publish(new DeviceEvent.Data<>(id(), read));
            }
            sleep(options.pollInterval());
        }
    }

    /** A failure of the card or of one exchange, not of the module or the link. */
    private static boolean isCardLevel(DeviceException e) {
        return !(e.code() == CompletionCode.NO_DEVICE || e.code() == CompletionCode.HARDWARE_ERROR);
    }

    /** Updates the status for a failure and publishes it as an Error event. Caller holds io. */
    private void handleFailure(DeviceException e) {
        if (e instanceof SamProtocolException p && p.kind() == SamProtocolException.Kind.LINK_LOST) {
            closeLink();
        } else {
            recordOutcome(e.code() == CompletionCode.TIME_OUT);
        }
        DeviceStatus current = status();
        DeviceStatus next = statusAfter(e, current.detail());
        if (next != null) {
            updateStatus(next);
        } else if (current.state() == DeviceState.BUSY) {
            updateStatus(DeviceStatus.online(CardReaderDetail.CARD_PRESENT));
        }
        fail(e);
    }

    /** The status a failure leads to; null when the device itself is fine (the card was at fault). */
    private DeviceStatus statusAfter(DeviceException e, StatusDetail detail) {
        if (e.code() == CompletionCode.NO_DEVICE) {
            return DeviceStatus.noDevice(e.reason());
        }
        if (e instanceof SamStatusException s && s.status().isModuleFault()) {
            return DeviceStatus.of(DeviceState.HARDWARE_ERROR, UNKNOWN, e.reason());
        }
        if (e.code() == CompletionCode.TIME_OUT && (!open || recentTimeoutCount() >= options.timeoutsBeforeOffline())) {
            return DeviceStatus.of(DeviceState.OFFLINE, UNKNOWN, e.reason());
        }
        if (!open && e.code() == CompletionCode.PROTOCOL_ERROR) {
            return DeviceStatus.of(DeviceState.OFFLINE, UNKNOWN, e.reason());
        }
        return null;
    }

    private void succeeded() {
        recordOutcome(false);
    }

    private void recordOutcome(boolean timedOut) {
        recentTimeouts.addLast(timedOut);
        while (recentTimeouts.size() > RECENT_WINDOW) {
            recentTimeouts.removeFirst();
        }
    }

    private int recentTimeoutCount() {
        return (int) recentTimeouts.stream().filter(t -> t).count();
    }

    /**
     * Reports ONLINE with the detail, except while the module is OFFLINE for answering too slowly:
     * then only after a clean run of exchanges, so a slow module does not flap.
     */
    private void updateOnline(CardReaderDetail detail) {
        DeviceStatus current = status();
        if (current.state() == DeviceState.OFFLINE && "sam.timeout".equals(current.reason())) {
            int clean = 0;
            for (java.util.Iterator<Boolean> it = recentTimeouts.descendingIterator(); it.hasNext() && !it.next(); ) {
                clean++;
            }
            if (clean < options.timeoutsBeforeOffline()) {
                return;
            }
        }
        updateStatus(DeviceStatus.online(detail));
    }

    private void closeLink() {
        open = false;
        client = null;
        transport.close();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(1, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
