package kiosk.peripherals.printer.escpos;

import java.nio.file.Path;
import java.time.Duration;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.transport.ByteTransport;
import kiosk.peripherals.transport.SerialTransport;
import kiosk.peripherals.transport.TcpTransport;
import kiosk.peripherals.transport.UsbPrinterTransport;

/**
 * The ESC/POS printer drivers of the {@code DriverCatalog}, one per transport (the simulated one is
 * {@code sim.EscPosSimulatorDriver}). Common settings
 * ({@link EscPosSettings#from}): encoding, paper-width-dots, chinese-mode, write-timeout,
 * status-timeout, completion-timeout.
 */
public final class EscPosDrivers {

    public static final int DEFAULT_TCP_PORT = 9100;

    private EscPosDrivers() {
    }

    /** "escpos-tcp": a network printer; setting address HOST[:PORT], port 9100 by default. */
    public static EscPosPrinter tcp(DeviceSpec spec) throws DeviceException {
        String address = spec.require("address").trim();
        String hostPort = address.contains(":") ? address : address + ":" + DEFAULT_TCP_PORT;
        ByteTransport transport;
        try {
            transport = TcpTransport.parse(hostPort, Duration.ofSeconds(3));
        } catch (IllegalArgumentException e) {
            throw bad(spec, e.getMessage());
        }
        return new EscPosPrinter(spec.id(), transport, EscPosSettings.from(spec));
    }

    /** "escpos-serial": settings port (e.g. /dev/ttyUSB0, COM3) and baud (default 9600). */
    public static EscPosPrinter serial(DeviceSpec spec) throws DeviceException {
        int baud = (int) number(spec, "baud", 9600);
        try {
            return new EscPosPrinter(spec.id(), new SerialTransport(spec.require("port"), baud), EscPosSettings.from(spec));
        } catch (IllegalArgumentException e) {
            throw bad(spec, e.getMessage());
        }
    }

    /**
     * "escpos-usb": a USB printer-class device file; setting device (default /dev/usb/lp0),
     * bidirectional (default false: write-only, paper status unknown).
     */
    public static EscPosPrinter usb(DeviceSpec spec) throws DeviceException {
        Path device = Path.of(spec.setting("device", "/dev/usb/lp0").trim());
        boolean bidirectional = Boolean.parseBoolean(spec.setting("bidirectional", "false").trim());
        return new EscPosPrinter(spec.id(), new UsbPrinterTransport(device, bidirectional, Duration.ofSeconds(2)),
                EscPosSettings.from(spec));
    }

    static double number(DeviceSpec spec, String key, double fallback) throws DeviceException {
        String value = spec.setting(key, null);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(value.trim());
            if (v <= 0) {
                throw bad(spec, key + " must be positive");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(spec, key + " is not a number: '" + value + "'");
        }
    }

    private static DeviceException bad(DeviceSpec spec, String message) {
        return new DeviceException(CompletionCode.INVALID_DATA, "config.bad-setting",
                "device '" + spec.id() + "': " + message);
    }
}
