package kiosk.peripherals.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsbPrinterTransportTest {

    @TempDir
    Path dir;

    @Test
    void missingDeviceFileIsUnavailableWithAClearMessage() {
        UsbPrinterTransport t = new UsbPrinterTransport(dir.resolve("lp0"));
        assertThatThrownBy(t::open).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(TransportException.Kind.UNAVAILABLE);
            assertThat(e.getMessage()).contains("lp0").contains("no such device file");
        });
    }

    @Test
    void writesReachTheDeviceFileAndTheLinkIsWriteOnly() throws Exception {
        Path lp = Files.createFile(dir.resolve("lp0"));
        UsbPrinterTransport t = new UsbPrinterTransport(lp);
        t.open();
        try {
            assertThat(t.canRead()).isFalse();
            t.write(new byte[] {0x1B, 0x40, 'O', 'K', 0x0A}, Duration.ofSeconds(1));
            long t0 = System.nanoTime();
            assertThat(t.read(new byte[4], Duration.ofMillis(30))).isZero();
            assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(1).toNanos());
        } finally {
            t.close();
        }
        assertThat(Files.readAllBytes(lp)).containsExactly(0x1B, 0x40, 'O', 'K', 0x0A);
    }

    /** A printer that stops taking data: a FIFO nobody drains. The write must give up at its timeout. */
    @Test
    void aPrinterThatStopsTakingDataNeverBlocksPastTheTimeout() throws Exception {
        Path fifo = dir.resolve("lp-stuck");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo not available");
        try (RandomAccessFile holder = new RandomAccessFile(fifo.toFile(), "rw")) { // a reader that never reads
            UsbPrinterTransport t = new UsbPrinterTransport(fifo);
            t.open();
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> t.write(new byte[1 << 20], Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
            assertThat(t.isOpen()).isFalse();
        }
    }
}
