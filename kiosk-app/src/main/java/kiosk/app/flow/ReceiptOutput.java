package kiosk.app.flow;

import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.printer.Receipt;

/** The receipt printer as the flow sees it. */
public interface ReceiptOutput {

    /** Prints and returns when the receipt is out, or fails with the device's typed error. Blocks. */
    void print(Receipt receipt) throws DeviceException;

    /** From the last known status, without I/O: whether a receipt can be printed now. */
    boolean canPrint();
}
