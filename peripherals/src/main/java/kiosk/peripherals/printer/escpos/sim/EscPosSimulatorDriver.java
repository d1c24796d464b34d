package kiosk.peripherals.printer.escpos.sim;

import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.printer.escpos.EscPosPrinter;
import kiosk.peripherals.printer.escpos.EscPosSettings;
import kiosk.peripherals.sim.SimulatorRack;

/**
 * "escpos-simulator": the real {@link EscPosPrinter} over an in-process channel to a simulated printer
 * kept in the rack. Settings as for every ESC/POS driver, plus paper-length-mm (default 50000) and
 * near-end-after-mm (default 45000, at most 90 % of the length).
 */
public final class EscPosSimulatorDriver {

    private EscPosSimulatorDriver() {
    }

    public static EscPosPrinter create(DeviceSpec spec, SimulatorRack rack) throws DeviceException {
        EscPosSettings settings = EscPosSettings.from(spec);
        double length = number(spec, "paper-length-mm", 50_000);
        double nearEnd = number(spec, "near-end-after-mm", Math.min(45_000, length * 0.9));
        EscPosPrinterSimulator sim = new EscPosPrinterSimulator(new EscPosPrinterSimulator.Config(
                settings.charset(), settings.paperWidthDots(), false, length, nearEnd));
        return new EscPosPrinter(spec.id(), rack.attach(spec.id(), sim).hostSide(), settings);
    }

    private static double number(DeviceSpec spec, String key, double fallback) throws DeviceException {
        String value = spec.setting(key, null);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(value.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DeviceException(CompletionCode.INVALID_DATA, "config.bad-setting",
                "device '" + spec.id() + "': " + key + " must be a positive number, not '" + value + "'");
    }
}
