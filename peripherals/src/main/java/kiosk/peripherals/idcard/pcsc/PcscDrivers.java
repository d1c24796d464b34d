package kiosk.peripherals.idcard.pcsc;

import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceSpec;

/**
 * The "pcsc" driver of the {@code DriverCatalog}: setting reader = a substring of the reader's name
 * (empty: the first reader).
 */
public final class PcscDrivers {

    private PcscDrivers() {
    }

    public static Device pcsc(DeviceSpec spec) {
        return new PcscReaderDevice(spec.id(), spec.kind(), PcscTerminals.system(), spec.setting("reader", ""));
    }
}
