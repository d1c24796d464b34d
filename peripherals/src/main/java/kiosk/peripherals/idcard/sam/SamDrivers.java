package kiosk.peripherals.idcard.sam;

import java.time.Duration;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.transport.SerialTransport;
import kiosk.peripherals.transport.TcpTransport;

/**
 * The SAM reader drivers of the {@code DriverCatalog}, one per transport (the simulated one is
 * {@code sim.SamSimulatorDriver}).
 */
public final class SamDrivers {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private SamDrivers() {
    }

    /** "sam-tcp": a module behind a serial-to-Ethernet adapter or a simulator; setting address=HOST:PORT. */
    public static Device tcp(DeviceSpec spec) throws DeviceException {
        String address = spec.require("address");
        TcpTransport transport;
        try {
            transport = TcpTransport.parse(address, CONNECT_TIMEOUT);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(CompletionCode.INVALID_DATA, "config.bad-setting",
                    "device '" + spec.id() + "': address must be HOST:PORT");
        }
        return new SamIdCardReader(spec.id(), transport, SamReaderOptions.fromSpec(spec));
    }

    /** "sam-serial": a module on a serial port; settings port (e.g. /dev/ttyUSB0), baud (default 115200). */
    public static Device serial(DeviceSpec spec) throws DeviceException {
        String port = spec.require("port");
        String baudText = spec.setting("baud", "115200");
        int baud;
        try {
            baud = Integer.parseInt(baudText.trim());
        } catch (NumberFormatException e) {
            baud = -1;
        }
        if (BaudRate.of(baud).isEmpty()) {
            throw new DeviceException(CompletionCode.INVALID_DATA, "config.bad-setting",
                    "device '" + spec.id() + "': baud must be one of 115200, 57600, 38400, 19200, 9600");
        }
        return new SamIdCardReader(spec.id(), new SerialTransport(port, baud), SamReaderOptions.fromSpec(spec));
    }
}
