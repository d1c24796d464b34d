package kiosk.peripherals.printer;

import java.time.Duration;

/**
 * A print job left the kiosk. {@code confirmed} says the printer itself acknowledged processing all
 * of it (ESC/POS: the GS r reply after the data); on a write-only link or a spool folder it is
 * false: the bytes were delivered, no more is known. {@code destination} names where it went
 * (a transport, a print service, a spool file name).
 */
public record PrintCompletion(String deviceId, int bytes, boolean confirmed, String destination, Duration elapsed) {
}
