package kiosk.peripherals.idcard.pcsc;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ApduChannel} over javax.smartcardio. The blocking smartcardio calls run on a helper
 * thread so every transmit honours its timeout; a call that hangs past it is abandoned with its
 * Card and thread. SCARD_W_REMOVED_CARD / CardNotPresentException: the Card is thrown away,
 * connected again and the command sent once more; a second failure is a typed error.
 */
public final class PcscApduChannel implements ApduChannel {

    private static final Logger LOG = LoggerFactory.getLogger(PcscApduChannel.class);

    private final CardTerminal terminal;
    private final String protocol;
    private ExecutorService worker;
    private Card card;

    /** @param protocol "T=0", "T=1" or "*" (any) */
    public PcscApduChannel(CardTerminal terminal, String protocol) {
        this.terminal = terminal;
        this.protocol = protocol;
    }

    @Override
    public synchronized ResponseAPDU transmit(CommandAPDU command, Duration timeout) throws DeviceException {
        try {
            return transmitOnce(command, timeout);
        } catch (CardGoneException first) {
            LOG.debug("Card in {} gone during transmit; reconnecting once", terminal.getName());
            discardCard();
            try {
                return transmitOnce(command, timeout);
            } catch (CardGoneException second) {
                discardCard();
                throw new PcscException(CompletionCode.USER_ERROR, "pcsc.card-removed",
                        "card removed from " + terminal.getName() + " and not back", second.getCause());
            }
        }
    }

    @Override
    public synchronized byte[] atr(Duration timeout) throws DeviceException {
        try {
            Card c = connected(timeout);
            return c.getATR().getBytes();
        } catch (CardGoneException e) {
            discardCard();
            throw new PcscException(CompletionCode.USER_ERROR, "pcsc.no-card", "no card in " + terminal.getName(), e.getCause());
        }
    }

    @Override
    public String readerName() {
        return terminal.getName();
    }

    @Override
    public synchronized void close() {
        discardCard();
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    private ResponseAPDU transmitOnce(CommandAPDU command, Duration timeout) throws DeviceException, CardGoneException {
        Card c = connected(timeout);
        return call(() -> c.getBasicChannel().transmit(command), timeout, "transmit");
    }

    private Card connected(Duration timeout) throws DeviceException, CardGoneException {
        if (card == null) {
            card = call(() -> terminal.connect(protocol), timeout, "connect");
        }
        return card;
    }

    /** Runs a blocking smartcardio call with a timeout, sorting its failures. */
    private <T> T call(Callable<T> action, Duration timeout, String what) throws DeviceException, CardGoneException {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pcsc-" + terminal.getName());
                t.setDaemon(true);
                return t;
            });
        }
        Future<T> future = worker.submit(action);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            // the stuck call keeps its thread: abandon both, the next call starts clean
            worker.shutdownNow();
            worker = null;
            card = null;
            throw new PcscException(CompletionCode.TIME_OUT, "pcsc.timeout",
                    what + " on " + terminal.getName() + " took longer than " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PcscException(CompletionCode.CANCELED, "pcsc.interrupted", what + " interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (PcscErrors.cardGone(cause) || cause instanceof IllegalStateException) {
                // IllegalStateException: the Card or channel was already disconnected under us
                throw new CardGoneException(cause);
            }
            if (cause instanceof CardException) {
                throw new PcscException(CompletionCode.HARDWARE_ERROR, "pcsc.failed", what + " failed on "
                        + terminal.getName() + ": " + cause.getMessage(), cause);
            }
            throw new PcscException(CompletionCode.PROTOCOL_ERROR, "pcsc.failed", what + " failed: " + cause, cause);
        }
    }

    private void discardCard() {
        Card c = card;
        card = null;
        if (c != null) {
            try {
                // JDK-7047033: the Sun provider once inverted disconnect's reset flag; we only release the card
                c.disconnect(false);
            } catch (CardException | IllegalStateException e) {
                LOG.debug("Disconnect after card loss failed: {}", e.getMessage());
            }
        }
    }

    /** Internal signal: the card is gone; reconnect or report. */
    private static final class CardGoneException extends Exception {
        CardGoneException(Throwable cause) {
            super(cause);
        }
    }
}
