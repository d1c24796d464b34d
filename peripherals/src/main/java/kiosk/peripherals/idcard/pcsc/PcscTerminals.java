package kiosk.peripherals.idcard.pcsc;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import kiosk.peripherals.device.CompletionCode;

/**
 * Reader discovery. "No readers" (an empty list, or CardException caused by
 * SCARD_E_NO_READERS_AVAILABLE) is an empty list, not an error. When the provider fails otherwise
 * (pcscd restarted, service gone) the CardTerminals are created afresh from the factory and the
 * call is tried once more.
 *
 * <p>The JDK's own provider keeps one PC/SC context per JVM; a provider that re-establishes it
 * (e.g. jnasmartcardio) can be plugged in through the factory.
 */
public final class PcscTerminals {

    private final Supplier<CardTerminals> factory;
    private CardTerminals terminals;
    private int recreations;

    public PcscTerminals(Supplier<CardTerminals> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The platform's PC/SC provider; a fresh TerminalFactory instance on every re-creation. */
    public static PcscTerminals system() {
        return new PcscTerminals(() -> {
            try {
                return TerminalFactory.getInstance("PC/SC", null).terminals();
            } catch (java.security.NoSuchAlgorithmException e) {
                return TerminalFactory.getDefault().terminals();
            }
        });
    }

    /** The readers attached now; empty when there are none. */
    public synchronized List<CardTerminal> list() throws PcscException {
        Exception last = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (terminals == null) {
                    terminals = factory.get();
                }
                List<CardTerminal> found = terminals.list();
                return found == null ? List.of() : List.copyOf(found);
            } catch (CardException e) {
                if (PcscErrors.noReaders(e)) {
                    return List.of();
                }
                last = e;
            } catch (RuntimeException e) { // a provider that cannot even start (no libpcsclite) throws these
                last = e;
            }
            terminals = null;
            recreations++;
        }
        throw new PcscException(CompletionCode.NO_DEVICE, "pcsc.unavailable",
                "PC/SC service unavailable: " + last.getMessage(), last);
    }

    /** The first reader whose name contains the filter (case-insensitive); any reader for an empty filter. */
    public Optional<CardTerminal> find(String nameFilter) throws PcscException {
        String needle = nameFilter == null ? "" : nameFilter.toLowerCase(Locale.ROOT);
        return list().stream().filter(t -> t.getName().toLowerCase(Locale.ROOT).contains(needle)).findFirst();
    }

    /** How often the terminals were re-created after a provider failure. */
    public synchronized int recreations() {
        return recreations;
    }
}
