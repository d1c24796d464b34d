package kiosk.peripherals.idcard.sam.sim;

import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.idcard.sam.SamIdCardReader;
import kiosk.peripherals.idcard.sam.SamReaderOptions;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.transport.InProcessChannel;

/**
 * "sam-simulator": the real {@link SamIdCardReader} over an in-process channel to a
 * {@link SamModuleSimulator} with an empty field, kept in the rack. Settings as for every SAM driver.
 */
public final class SamSimulatorDriver {

    private SamSimulatorDriver() {
    }

    public static SamIdCardReader create(DeviceSpec spec, SimulatorRack rack) throws DeviceException {
        InProcessChannel channel = rack.attach(spec.id(), new SamModuleSimulator());
        return new SamIdCardReader(spec.id(), channel.hostSide(), SamReaderOptions.fromSpec(spec));
    }
}
