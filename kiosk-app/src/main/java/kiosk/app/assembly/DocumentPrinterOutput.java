package kiosk.app.assembly;

import java.util.Optional;
import kiosk.app.flow.DocumentOutput;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.printer.Printer;
import kiosk.peripherals.printer.Receipt;

/** The configured A4 document printer (PDF to a print service or spool) as the engine's DocumentOutput. */
final class DocumentPrinterOutput implements DocumentOutput {

    private final DeviceManager devices;

    DocumentPrinterOutput(DeviceManager devices) {
        this.devices = devices;
    }

    private Optional<Printer> printer() {
        return devices.byKind(DeviceKind.DOCUMENT_PRINTER).stream()
                .filter(Printer.class::isInstance).map(Printer.class::cast).findFirst();
    }

    @Override
    public boolean canPrint() {
        return printer().map(p -> p.status().state().isUsable()).orElse(false);
    }

    @Override
    public void print(Receipt document) throws DeviceException {
        printer().orElseThrow(() -> new DeviceException(CompletionCode.NO_DEVICE, "document.not-configured",
                "no document printer is configured")).print(document);
    }
}
