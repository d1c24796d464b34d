package kiosk.peripherals.idcard.pcsc;

import java.time.Duration;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import kiosk.peripherals.device.DeviceException;

/**
 * APDU exchange with the card in one reader: the layer ICAO 9303 drivers (passports, exit-entry
 * permits via JMRTD) build on. Every transmit has a timeout; a card that was removed or reset is
 * reconnected once, then reported as a typed error.
 */
public interface ApduChannel extends AutoCloseable {

    ResponseAPDU transmit(CommandAPDU command, Duration timeout) throws DeviceException;

    /** The card's answer to reset, connecting if needed. */
    byte[] atr(Duration timeout) throws DeviceException;

    String readerName();

    @Override
    void close();
}
