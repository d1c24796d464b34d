package kiosk.peripherals.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.device.DriverFactory;
import kiosk.peripherals.idcard.pcsc.PcscDrivers;
import kiosk.peripherals.idcard.sam.SamDrivers;
import kiosk.peripherals.idcard.sam.sim.SamSimulatorDriver;
import kiosk.peripherals.printer.document.A4Drivers;
import kiosk.peripherals.printer.escpos.EscPosDrivers;
import kiosk.peripherals.printer.escpos.sim.EscPosSimulatorDriver;
import kiosk.peripherals.scanner.serial.SerialScannerDrivers;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulatorDriver;
import kiosk.peripherals.sim.SimulatorRack;

/**
 * The drivers of this build by name, the one place that names concrete drivers. It sits above the
 * driver packages and gives the device core only a {@link DriverFactory}. A driver named "*-simulator"
 * runs the real driver over an in-process channel to a simulator kept in this catalog's
 * {@link SimulatorRack}, where the demo panel and tests reach it to insert cards or inject faults.
 */
public final class DriverCatalog implements DriverFactory {

    /** Builds one device of one driver; simulated drivers attach their simulator to the rack. */
    @FunctionalInterface
    public interface Driver {
        Device create(DeviceSpec spec, SimulatorRack rack) throws DeviceException;
    }

    private final SimulatorRack rack;
    private final Map<String, Driver> drivers = new TreeMap<>();

    /** An empty catalog whose simulated drivers attach to {@code rack}. */
    public DriverCatalog(SimulatorRack rack) {
        this.rack = Objects.requireNonNull(rack, "rack");
    }

    /** Every driver this build knows, simulators attached to {@code rack}. */
    public static DriverCatalog standard(SimulatorRack rack) {
        // One line per driver name; a new driver package adds its line here.
        return new DriverCatalog(rack)
                .register("escpos-simulator", EscPosSimulatorDriver::create)
                .register("escpos-tcp", (spec, r) -> EscPosDrivers.tcp(spec))
                .register("escpos-serial", (spec, r) -> EscPosDrivers.serial(spec))
                .register("escpos-usb", (spec, r) -> EscPosDrivers.usb(spec))
                .register("a4-pdf", (spec, r) -> A4Drivers.pdf(spec))
                .register("serial-scanner", (spec, r) -> SerialScannerDrivers.serial(spec))
                .register("serial-scanner-simulator", SerialScannerSimulatorDriver::create)
                .register("sam-simulator", SamSimulatorDriver::create)
                .register("sam-tcp", (spec, r) -> SamDrivers.tcp(spec))
                .register("sam-serial", (spec, r) -> SamDrivers.serial(spec))
                .register("pcsc", (spec, r) -> PcscDrivers.pcsc(spec));
    }

    public DriverCatalog register(String name, Driver driver) {
        drivers.put(name, Objects.requireNonNull(driver, "driver"));
        return this;
    }

    public Set<String> drivers() {
        return drivers.keySet();
    }

    @Override
    public Device create(DeviceSpec spec) throws DeviceException {
        Driver driver = drivers.get(spec.driver());
        if (driver == null) {
            throw new DeviceException(CompletionCode.INVALID_DATA, "config.unknown-driver",
                    "device '" + spec.id() + "': unknown driver '" + spec.driver() + "' (known: "
                            + String.join(", ", drivers.keySet()) + ")");
        }
        return driver.create(spec, rack);
    }
}
