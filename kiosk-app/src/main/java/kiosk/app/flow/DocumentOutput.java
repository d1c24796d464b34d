package kiosk.app.flow;

import kiosk.app.i18n.Language;
import kiosk.peripherals.device.DeviceException;

/** The A4 document printer as the engine sees it; absent where a kiosk has none. */
public interface DocumentOutput {

    /** From the last known status, without I/O. */
    boolean canPrint();

    /** Prints one document of the resident's basket in their language. Blocks. */
    void print(BasketItem item, Language language) throws DeviceException;

    DocumentOutput NONE = new DocumentOutput() {
        @Override public boolean canPrint() { return false; }
        @Override public void print(BasketItem item, Language language) throws DeviceException {
            throw new DeviceException(kiosk.peripherals.device.CompletionCode.NO_DEVICE, "document.not-configured",
                    "no document printer is configured");
        }
    };
}
