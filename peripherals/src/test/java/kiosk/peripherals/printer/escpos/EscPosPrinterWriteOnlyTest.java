package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.io.RandomAccessFile;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;
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

    /** A write-only printer that stops taking data (a FIFO nobody drains): the print fails at its timeout. */
    @Test
    void aStuckWriteOnlyPrinterTimesOutTypedAndIsReopenedLater() throws Exception {
        Path fifo = dir.resolve("lp-stuck");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo not available");
        try (RandomAccessFile holder = new RandomAccessFile(fifo.toFile(), "rw")) {
            EscPosPrinter printer = new EscPosPrinter("usb", new UsbPrinterTransport(fifo),
                    EscPosSettings.DEFAULT.withTimeouts(Duration.ofMillis(300), Duration.ofMillis(200), Duration.ofSeconds(1)));
            printer.open();
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 4000; i++) { // well beyond the 64 kB a pipe buffers
                big.append("第").append(i).append("行 line of a long receipt\n");
            }
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> printer.print(kiosk.peripherals.printer.Receipt.builder().text(big.toString()).build()))
                    .isInstanceOfSatisfying(DeviceException.class, e -> {
                        assertThat(e.code()).isEqualTo(CompletionCode.TIME_OUT);
                        assertThat(e.reason()).isEqualTo("printer.write-timeout");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
            assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);
            assertThat(printer.checkHealth().state()).isEqualTo(DeviceState.ONLINE); // reopened
            printer.close();
        }
    }
}
