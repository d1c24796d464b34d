package kiosk.peripherals.scanner.serial.sim;

import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.scanner.serial.SerialScanner;
import kiosk.peripherals.scanner.serial.SerialScannerDrivers;
import kiosk.peripherals.sim.SimulatorRack;

/**
 * "serial-scanner-simulator": the real {@link SerialScanner} over an in-process channel to a
 * {@link SerialScannerSimulator} kept in the rack. Settings: delimiter, max-bytes, stale.
 */
public final class SerialScannerSimulatorDriver {

    private SerialScannerSimulatorDriver() {
    }

    public static SerialScanner create(DeviceSpec spec, SimulatorRack rack) throws DeviceException {
        SerialScanner.Settings settings = SerialScannerDrivers.settings(spec);
        SerialScannerSimulator sim = new SerialScannerSimulator(settings.delimiter());
        return new SerialScanner(spec.id(), rack.attach(spec.id(), sim).hostSide(), settings);
    }
}
