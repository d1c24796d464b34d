package kiosk.peripherals.idcard.pcsc;

import javax.smartcardio.CardNotPresentException;

/** Reads the PC/SC error names the JDK provider puts into exception messages (e.g. SCARD_W_REMOVED_CARD). */
final class PcscErrors {

    private PcscErrors() {
    }

    /** list() with no reader attached: not an error, an empty list. */
    static boolean noReaders(Throwable e) {
        return mentions(e, "SCARD_E_NO_READERS_AVAILABLE");
    }

    /** The card left (or was reset) under us: throw the Card away and connect again. */
    static boolean cardGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CardNotPresentException) {
                return true;
            }
        }
        return mentions(e, "SCARD_W_REMOVED_CARD") || mentions(e, "SCARD_W_RESET_CARD")
                || mentions(e, "SCARD_E_NO_SMARTCARD") || mentions(e, "SCARD_W_UNPOWERED_CARD");
    }

    static boolean mentions(Throwable e, String code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(code)) {
                return true;
            }
        }
        return false;
    }
}
