package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.PrinterDetail;
import kiosk.peripherals.printer.PrintCompletion;
import kiosk.peripherals.printer.escpos.sim.EscPosRenderer;
import kiosk.peripherals.transport.UsbPrinterTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscPosPrinterWriteOnlyTest {

    @TempDir
    Path dir;

    @Test
    void aWriteOnlyUsbLinkPrintsUnconfirmedWithPaperUnknown() throws Exception {
        Path lp = Files.createFile(dir.resolve("lp0"));
        EscPosPrinter printer = new EscPosPrinter("usb", new UsbPrinterTransport(lp),
                EscPosSettings.DEFAULT.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(1)));
        try {
            printer.open();
            assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
            assertThat(printer.status().detail()).isEqualTo(PrinterDetail.UNKNOWN);
            PrintCompletion done = printer.print(EscPosPrinterSimulatorTest.sample());
            assertThat(done.confirmed()).isFalse();
            assertThat(done.destination()).startsWith("usb:");
            assertThat(printer.checkHealth().detail()).isEqualTo(PrinterDetail.UNKNOWN);
        } finally {
            printer.close();
        }
        byte[] written = Files.readAllBytes(lp);
        EscPosRenderer.Rendering r = EscPosRenderer.render(written, PrinterCharset.GB18030, 576);
        assertThat(r.receipts()).singleElement().satisfies(p -> assertThat(p.complete()).isTrue());
        assertThat(r.text()).contains("缴费凭证").contains("张伟");
    }
}
