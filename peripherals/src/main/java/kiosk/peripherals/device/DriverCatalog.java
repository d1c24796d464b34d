package kiosk.peripherals.device;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kiosk.peripherals.sim.SimulatorRack;

/**
 * Builds devices from specs by driver name. A driver named "*-simulator" runs the real driver over an
 * in-process channel to a simulator kept in the {@link SimulatorRack}, where the demo panel and tests
 * reach it to insert cards or inject faults.
 */
public final class DriverCatalog {

    /** Builds one device of one driver. */
    @FunctionalInterface
    public interface Factory {
        Device create(DeviceSpec spec, SimulatorRack rack) throws DeviceException;
    }

    private final Map<String, Factory> factories = new TreeMap<>();

    /** Every driver this build knows. */
    public static DriverCatalog standard() {
        DriverCatalog catalog = new DriverCatalog();
        // Each driver package registers its drivers here, one line per driver name.
        catalog.register("escpos-simulator", kiosk.peripherals.printer.escpos.sim.EscPosSimulatorDriver::create);
        catalog.register("escpos-tcp", (spec, rack) -> kiosk.peripherals.printer.escpos.EscPosDrivers.tcp(spec));
        catalog.register("escpos-serial", (spec, rack) -> kiosk.peripherals.printer.escpos.EscPosDrivers.serial(spec));
        catalog.register("escpos-usb", (spec, rack) -> kiosk.peripherals.printer.escpos.EscPosDrivers.usb(spec));
        catalog.register("a4-pdf", (spec, rack) -> kiosk.peripherals.printer.document.A4Drivers.pdf(spec));
        catalog.register("serial-scanner", (spec, rack) -> kiosk.peripherals.scanner.serial.SerialScannerDrivers.serial(spec));
        catalog.register("serial-scanner-simulator", kiosk.peripherals.scanner.serial.sim.SerialScannerSimulatorDriver::create);
        catalog.register("sam-simulator", kiosk.peripherals.idcard.sam.SamDrivers::simulator);
        catalog.register("sam-tcp", kiosk.peripherals.idcard.sam.SamDrivers::tcp);
        catalog.register("sam-serial", kiosk.peripherals.idcard.sam.SamDrivers::serial);
        catalog.register("pcsc", kiosk.peripherals.idcard.pcsc.PcscDrivers::pcsc);
        return catalog;
    }

    public DriverCatalog register(String driver, Factory factory) {
        factories.put(driver, factory);
        return this;
    }

    public Set<String> drivers() {
        return factories.keySet();
    }

    public Device create(DeviceSpec spec, SimulatorRack rack) throws DeviceException {
        Factory factory = factories.get(spec.driver());
        if (factory == null) {
            throw new DeviceException(CompletionCode.INVALID_DATA, "config.unknown-driver",
                    "device '" + spec.id() + "': unknown driver '" + spec.driver() + "' (known: "
                            + String.join(", ", factories.keySet()) + ")");
        }
        return factory.create(spec, rack);
    }
}
