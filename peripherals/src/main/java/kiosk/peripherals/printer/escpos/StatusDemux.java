package kiosk.peripherals.printer.escpos;

/**
 * Sorts the bytes a printer sends unasked and asked: 4-byte ASB packets (first byte 0xx1xx00),
 * DLE EOT replies (0xx1xx10) and the GS r reply (0xx0xxxx, outside an ASB packet). Bytes that fit
 * none of these (XON/XOFF, line noise) are reported as noise and dropped.
 */
public final class StatusDemux {

    /** One recognised unit of printer output. */
    public sealed interface Incoming permits Asb, RealtimeReply, PaperReply, Noise {
    }

    public record Asb(byte[] packet) implements Incoming {
    }

    public record RealtimeReply(int value) implements Incoming {
    }

    public record PaperReply(int value) implements Incoming {
    }

    public record Noise(int value) implements Incoming {
    }

    private final byte[] packet = new byte[4];
    private int filled;

    /** Feeds one byte; returns what it completed, or null while an ASB packet is being collected. */
    public Incoming feed(int b) {
        b &= 0xFF;
        if (filled > 0) {
            if (PrinterStatus.isAsbBody(b)) {
                packet[filled++] = (byte) b;
                if (filled == 4) {
                    filled = 0;
                    return new Asb(packet.clone());
                }
                return null;
            }
            filled = 0; // a broken packet: start over with this byte
        }
        if (PrinterStatus.isAsbHeader(b)) {
            packet[0] = (byte) b;
            filled = 1;
            return null;
        }
        if (PrinterStatus.isRealtimeReply(b)) {
            return new RealtimeReply(b);
        }
        if (PrinterStatus.isAsbBody(b)) {
            return new PaperReply(b);
        }
        return new Noise(b);
    }
}
