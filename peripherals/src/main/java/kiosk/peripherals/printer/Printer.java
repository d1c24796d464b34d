package kiosk.peripherals.printer;

import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceException;

/**
 * A device that prints a {@link Receipt}: the ESC/POS receipt printer and the A4 document printer
 * alike. A print is refused before it starts when the printer cannot print (typed error), and a
 * failure part way through says the output is incomplete. A successful print returns its
 * completion and also publishes it as a {@code DeviceEvent.Data<PrintCompletion>}.
 */
public interface Printer extends Device {

    PrintCompletion print(Receipt receipt) throws DeviceException;
}
