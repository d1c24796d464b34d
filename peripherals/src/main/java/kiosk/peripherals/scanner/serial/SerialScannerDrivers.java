package kiosk.peripherals.scanner.serial;

import java.time.Duration;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.transport.SerialTransport;

/**
 * Serial QR scanner drivers of the {@code DriverCatalog}. Settings: delimiter (CR, LF, CRLF;
 * default CR), max-bytes (default 2953), stale-ms (default 500); for the real port also port and
 * baud (default 9600).
 */
public final class SerialScannerDrivers {

    private SerialScannerDrivers() {
    }

    /** "serial-scanner": a scanner on a serial port. */
    public static SerialScanner serial(DeviceSpec spec, SimulatorRack rack) throws DeviceException {
        SerialScanner.Settings settings = settings(spec);
        try {
            return new SerialScanner(spec.id(), new SerialTransport(spec.require("port"),
                    integer(spec, "baud", 9600)), settings);
        } catch (IllegalArgumentException e) {
            throw bad(spec, e.getMessage());
        }
    }

    /** "serial-scanner-simulator": the real driver over an in-process channel to a simulated scanner. */
    public static SerialScanner simulator(DeviceSpec spec, SimulatorRack rack) throws DeviceException {
        SerialScanner.Settings settings = settings(spec);
        SerialScannerSimulator sim = new SerialScannerSimulator(settings.delimiter());
        return new SerialScanner(spec.id(), rack.attach(spec.id(), sim).hostSide(), settings);
    }

    static SerialScanner.Settings settings(DeviceSpec spec) throws DeviceException {
        try {
            return new SerialScanner.Settings(
                    Delimiter.parse(spec.setting("delimiter", "CR")),
                    new PayloadPolicy(integer(spec, "max-bytes", PayloadPolicy.DEFAULT_MAX_BYTES)),
                    Duration.ofMillis(integer(spec, "stale-ms", 500)),
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
