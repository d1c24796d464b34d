package kiosk.peripherals.idcard.pcsc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/**
 * Polls the readers and reports what changed since the last poll. Polling rather than
 * waitForChange: the JDK provider's waitForChange does not notice a restarted pcscd.
 */
public final class PcscMonitor {

    private final PcscTerminals terminals;
    private Map<String, Boolean> last = new TreeMap<>();

    public PcscMonitor(PcscTerminals terminals) {
        this.terminals = terminals;
    }

    /** The changes since the previous poll (the first poll reports every reader and card as added). */
    public synchronized List<PcscEvent> poll() throws PcscException {
        Map<String, Boolean> now = new TreeMap<>();
        for (CardTerminal terminal : terminals.list()) {
            now.put(terminal.getName(), cardPresent(terminal));
        }
        List<PcscEvent> events = new ArrayList<>();
        for (Map.Entry<String, Boolean> before : last.entrySet()) {
            if (!now.containsKey(before.getKey())) {
                if (before.getValue()) {
                    events.add(new PcscEvent.CardRemoved(before.getKey()));
                }
                events.add(new PcscEvent.ReaderRemoved(before.getKey()));
            }
        }
        for (Map.Entry<String, Boolean> current : now.entrySet()) {
            Boolean before = last.get(current.getKey());
            if (before == null) {
                events.add(new PcscEvent.ReaderAdded(current.getKey()));
            }
            boolean had = before != null && before;
            if (current.getValue() && !had) {
                events.add(new PcscEvent.CardInserted(current.getKey()));
            } else if (!current.getValue() && had) {
                events.add(new PcscEvent.CardRemoved(current.getKey()));
            }
        }
        last = now;
        return events;
    }

    /** Reader name to card presence, as of the last poll. */
    public synchronized Map<String, Boolean> readers() {
        return Map.copyOf(last);
    }

    private static boolean cardPresent(CardTerminal terminal) {
        try {
            return terminal.isCardPresent();
        } catch (CardException e) {
            return false; // a reader that cannot say holds no usable card
        }
    }
}
