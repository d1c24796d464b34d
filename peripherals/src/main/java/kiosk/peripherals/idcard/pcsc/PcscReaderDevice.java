package kiosk.peripherals.idcard.pcsc;

import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardTerminal;
import kiosk.peripherals.device.AbstractDevice;
import kiosk.peripherals.device.CardReaderDetail;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.StatusDetail;

/**
 * A contact or contactless PC/SC reader, chosen by a substring of its name. Hot-plug is polled in
 * {@link #checkHealth()} (the device manager calls it): reader gone -> NO_DEVICE, card inserted /
 * removed -> status changes with {@link CardReaderDetail}. Drivers for documents (ICAO 9303) talk
 * to the card through {@link #openChannel()}.
 */
public final class PcscReaderDevice extends AbstractDevice {

    private final PcscTerminals terminals;
    private final PcscMonitor monitor;
    private final String readerFilter;
    private volatile CardTerminal terminal;

    public PcscReaderDevice(String id, DeviceKind kind, PcscTerminals terminals, String readerFilter) {
        super(id, kind);
        this.terminals = terminals;
        this.monitor = new PcscMonitor(terminals);
        this.readerFilter = readerFilter == null ? "" : readerFilter;
    }

    @Override
    public synchronized void open() throws DeviceException {
        if (terminal != null) {
            return;
        }
        try {
            monitor.poll();
            Optional<CardTerminal> found = terminals.find(readerFilter);
            if (found.isEmpty()) {
                updateStatus(DeviceStatus.noDevice("pcsc.no-reader"));
                throw fail(new PcscException(CompletionCode.NO_DEVICE, "pcsc.no-reader",
                        "no PC/SC reader whose name contains '" + readerFilter + "'"));
            }
            terminal = found.get();
            updateStatus(DeviceStatus.online(detail(monitor.readers().getOrDefault(terminal.getName(), false))));
        } catch (PcscException e) {
            if (!"pcsc.no-reader".equals(e.reason())) {
                updateStatus(DeviceStatus.noDevice(e.reason()));
                throw fail(e);
            }
            throw e;
        }
    }

    @Override
    public boolean isOpen() {
        return terminal != null;
    }

    /** The reader in use, once open. */
    public Optional<String> readerName() {
        CardTerminal t = terminal;
        return t == null ? Optional.empty() : Optional.of(t.getName());
    }

    @Override
    public synchronized DeviceStatus checkHealth() {
        CardTerminal t = terminal;
        if (t == null) {
            return status();
        }
        try {
            List<PcscEvent> events = monitor.poll();
            for (PcscEvent event : events) {
                if (!event.reader().equals(t.getName())) {
                    continue;
                }
                if (event instanceof PcscEvent.ReaderRemoved) {
                    terminal = null;
                    updateStatus(DeviceStatus.noDevice("pcsc.reader-removed"));
                    return status();
                }
            }
            Boolean present = monitor.readers().get(t.getName());
            if (present == null) {
                terminal = null;
                updateStatus(DeviceStatus.noDevice("pcsc.reader-removed"));
            } else {
                updateStatus(DeviceStatus.online(detail(present)));
            }
        } catch (PcscException e) {
            terminal = null;
            updateStatus(DeviceStatus.noDevice(e.reason()));
            fail(e);
        }
        return status();
    }

    /** An APDU channel to the card in this reader (connects lazily on the first transmit). */
    public ApduChannel openChannel() throws DeviceException {
        CardTerminal t = terminal;
        if (t == null) {
            throw new PcscException(CompletionCode.DEVICE_NOT_READY, "pcsc.not-open", "reader " + id() + " is not open");
        }
        return new PcscApduChannel(t, "*");
    }

    @Override
    public synchronized void close() {
        terminal = null;
        updateStatus(DeviceStatus.of(DeviceState.OFFLINE, StatusDetail.NONE, "closed"));
    }

    private static CardReaderDetail detail(boolean cardPresent) {
        return cardPresent ? CardReaderDetail.CARD_PRESENT : CardReaderDetail.NO_CARD;
    }
}
