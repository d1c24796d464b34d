package kiosk.peripherals.idcard.pcsc;

import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.sim.SimulatorRack;

/** The "pcsc" driver: setting reader = a substring of the reader's name (empty: the first reader). */
public final class PcscDrivers {

    private PcscDrivers() {
    }

    public static Device pcsc(DeviceSpec spec, SimulatorRack rack) {
        return new PcscReaderDevice(spec.id(), spec.kind(), PcscTerminals.system(), spec.setting("reader", ""));
    }
}
