package kiosk.peripherals.printer.escpos;

import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.PrinterDetail;

/**
 * What an ESC/POS printer says about itself, from the four DLE EOT replies or one automatic status
 * back (ASB) packet, bit by bit as the Epson reference defines them, and its mapping to the kiosk's
 * status model.
 */
public record PrinterStatus(boolean offline, boolean coverOpen, boolean paperEndStop, boolean errorOccurred,
                            boolean mechanicalError, boolean cutterError, boolean unrecoverableError,
                            boolean autoRecoverableError, boolean paperNearEnd, boolean paperEnd) {

    public static final PrinterStatus READY =
            new PrinterStatus(false, false, false, false, false, false, false, false, false, false);

    /** Fixed bits of every DLE EOT reply: bit 1 and bit 4 set, bit 0 and bit 7 clear. */
    public static boolean isRealtimeReply(int b) {
        return (b & 0x93) == 0x12;
    }

    /** First byte of an ASB packet: bits 0, 1 and 7 clear, bit 4 set. */
    public static boolean isAsbHeader(int b) {
        return (b & 0x93) == 0x10;
    }

    /** Bytes 2-4 of an ASB packet and the GS r reply: bits 4 and 7 clear. */
    public static boolean isAsbBody(int b) {
        return (b & 0x90) == 0;
    }

    /** Parses the replies to DLE EOT 1, 2, 3 and 4, in that order. */
    public static PrinterStatus fromRealtime(int printer, int offlineCause, int errorCause, int rollSensor)
            throws DeviceException {
        requireRealtime(1, printer);
        requireRealtime(2, offlineCause);
        requireRealtime(3, errorCause);
        requireRealtime(4, rollSensor);
        return new PrinterStatus(
                bit(printer, 3),
                bit(offlineCause, 2),
                bit(offlineCause, 5),
                bit(offlineCause, 6),
                bit(errorCause, 2),
                bit(errorCause, 3),
                bit(errorCause, 5),
                bit(errorCause, 6),
                (rollSensor & 0x0C) != 0,
                (rollSensor & 0x60) != 0);
    }

    /** Parses a 4-byte ASB packet. */
    public static PrinterStatus fromAsb(byte[] packet) throws DeviceException {
        if (packet.length != 4 || !isAsbHeader(packet[0] & 0xFF) || !isAsbBody(packet[1] & 0xFF)
                || !isAsbBody(packet[2] & 0xFF) || !isAsbBody(packet[3] & 0xFF)) {
            throw malformed("ASB packet with wrong fixed bits");
        }
        int first = packet[0] & 0xFF;
        int second = packet[1] & 0xFF;
        int third = packet[2] & 0xFF;
        boolean paperEnd = (third & 0x0C) != 0;
        boolean anyError = bit(second, 2) || bit(second, 3) || bit(second, 5) || bit(second, 6);
        return new PrinterStatus(
                bit(first, 3),
                bit(first, 5),
                paperEnd,
                anyError,
                bit(second, 2),
                bit(second, 3),
                bit(second, 5),
                bit(second, 6),
                (third & 0x03) != 0,
                paperEnd);
    }

    /** The GS r 1 reply (paper sensor): bits 0-1 near end, bits 2-3 paper end. */
    public PrinterStatus withPaperSensor(int reply) {
        return new PrinterStatus(offline, coverOpen, paperEndStop, errorOccurred, mechanicalError, cutterError,
                unrecoverableError, autoRecoverableError, (reply & 0x03) != 0, (reply & 0x0C) != 0);
    }

    public boolean canPrint() {
        return toDetail().canPrint() && !unrecoverableError && !autoRecoverableError;
    }

    public PrinterDetail toDetail() {
        PrinterDetail.Paper paper = mechanicalError ? PrinterDetail.Paper.JAMMED
                : paperEnd || paperEndStop ? PrinterDetail.Paper.OUT
                : paperNearEnd ? PrinterDetail.Paper.LOW
                : PrinterDetail.Paper.FULL;
        return new PrinterDetail(paper, coverOpen, cutterError, mechanicalError);
    }

    /** Most serious first: what needs a technician, then what a person on site fixes. */
    public DeviceStatus toDeviceStatus() {
        PrinterDetail detail = toDetail();
        if (unrecoverableError) {
            return DeviceStatus.of(DeviceState.HARDWARE_ERROR, detail, "printer.unrecoverable-error");
        }
        if (cutterError) {
            return DeviceStatus.of(DeviceState.HARDWARE_ERROR, detail, "printer.cutter-error");
        }
        if (mechanicalError) {
            return DeviceStatus.of(DeviceState.USER_ERROR, detail, "printer.jammed");
        }
        if (coverOpen) {
            return DeviceStatus.of(DeviceState.USER_ERROR, detail, "printer.cover-open");
        }
        if (paperEnd || paperEndStop) {
            return DeviceStatus.of(DeviceState.USER_ERROR, detail, "printer.paper-out");
        }
        if (autoRecoverableError) {
            return DeviceStatus.of(DeviceState.OFFLINE, detail, "printer.recovering");
        }
        if (offline) {
            return DeviceStatus.of(DeviceState.OFFLINE, detail, "printer.offline");
        }
        return DeviceStatus.online(detail);
    }

    /** The typed refusal for a printer that cannot print now. */
    public DeviceException refusal(String what) {
        DeviceStatus s = toDeviceStatus();
        CompletionCode code = s.state() == DeviceState.HARDWARE_ERROR ? CompletionCode.HARDWARE_ERROR
                : s.state() == DeviceState.USER_ERROR ? CompletionCode.USER_ERROR
                : CompletionCode.DEVICE_NOT_READY;
        return new DeviceException(code, s.reason(), what + ": " + s.reason());
    }

    private static void requireRealtime(int n, int b) throws DeviceException {
        if (!isRealtimeReply(b)) {
            throw malformed(String.format("DLE EOT %d reply 0x%02X has wrong fixed bits", n, b & 0xFF));
        }
    }

    private static DeviceException malformed(String message) {
        return new DeviceException(CompletionCode.PROTOCOL_ERROR, "printer.bad-status", message);
    }

    private static boolean bit(int b, int n) {
        return (b & (1 << n)) != 0;
    }
}
