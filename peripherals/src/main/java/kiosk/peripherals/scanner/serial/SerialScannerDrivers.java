package kiosk.peripherals.scanner.serial;

import java.time.Duration;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.transport.SerialTransport;

/**
 * The serial QR scanner driver of the {@code DriverCatalog} (the simulated one is
 * {@code sim.SerialScannerSimulatorDriver}). Settings: delimiter (CR, LF, CRLF;
 * default CR), max-bytes (default 2953), stale (default 500ms); for the real port also port and
 * baud (default 9600).
 */
public final class SerialScannerDrivers {

    private SerialScannerDrivers() {
    }

    /** "serial-scanner": a scanner on a serial port. */
    public static SerialScanner serial(DeviceSpec spec) throws DeviceException {
        SerialScanner.Settings settings = settings(spec);
        try {
            return new SerialScanner(spec.id(), new SerialTransport(spec.require("port"),
                    integer(spec, "baud", 9600)), settings);
        } catch (IllegalArgumentException e) {
            throw bad(spec, e.getMessage());
        }
    }

    public static SerialScanner.Settings settings(DeviceSpec spec) throws DeviceException {
        try {
            return new SerialScanner.Settings(
                    Delimiter.parse(spec.setting("delimiter", "CR")),
                    new PayloadPolicy(integer(spec, "max-bytes", PayloadPolicy.DEFAULT_MAX_BYTES)),
                    spec.duration("stale", Duration.ofMillis(500)),
                    Duration.ofSeconds(2));
        } catch (IllegalArgumentException e) {
            throw bad(spec, e.getMessage());
        }
    }

    private static int integer(DeviceSpec spec, String key, int fallback) throws DeviceException {
        String v = spec.setting(key, Integer.toString(fallback)).trim();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw bad(spec, key + " is not a whole number: '" + v + "'");
        }
    }

    private static DeviceException bad(DeviceSpec spec, String message) {
        return new DeviceException(CompletionCode.INVALID_DATA, "config.bad-setting",
                "device '" + spec.id() + "': " + message);
    }
}
