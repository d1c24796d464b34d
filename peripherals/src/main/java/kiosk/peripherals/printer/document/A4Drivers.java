package kiosk.peripherals.printer.document;

import java.nio.file.Path;
import kiosk.peripherals.device.DeviceSpec;

/** The A4 document printer driver of the {@code DriverCatalog}. */
public final class A4Drivers {

    private A4Drivers() {
    }

    /** "a4-pdf": settings spool-dir (default spool/a4), print-service (optional javax.print service name). */
    public static A4DocumentPrinter pdf(DeviceSpec spec) {
        return new A4DocumentPrinter(spec.id(), Path.of(spec.setting("spool-dir", "spool/a4").trim()),
                spec.setting("print-service", null));
    }
}
