package kiosk.app.flow;

import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.printer.Receipt;

/** The A4 document printer as the engine sees it; absent where a kiosk has none. */
public interface DocumentOutput {

    /** From the last known status, without I/O. */
    boolean canPrint();

    /** Prints one composed document (application form, certificate). Blocks. */
    void print(Receipt document) throws DeviceException;

    DocumentOutput NONE = new DocumentOutput() {
        @Override public boolean canPrint() { return false; }
        @Override public void print(Receipt document) throws DeviceException {
            throw new DeviceException(kiosk.peripherals.device.CompletionCode.NO_DEVICE, "document.not-configured",
                    "no document printer is configured");
        }
    };
}
