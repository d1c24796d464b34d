package kiosk.peripherals.printer.escpos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import kiosk.peripherals.printer.escpos.PrinterCharset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EscPosInterpreterTest {

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void foreignCommandsAreDrawnOrSkippedWithTheirParameters() {
        byte[] gb = "你好".getBytes(Charset.forName("GB18030"));
        byte[] stream = concat(
                new byte[] {0x1B, '@', 0x1C, '&'},
                new byte[] {0x1B, 't', 0x10},                     // code table: 1 parameter
                new byte[] {0x1D, 'k', 4, '1', '2', '3', 0},      // barcode CODE39, NUL-terminated
                new byte[] {0x1B, '*', 0, 2, 0, (byte) 0xFF, (byte) 0xFF}, // bit image, 2 data bytes
                new byte[] {0x1D, '(', 'L', 2, 0, '0', '1'},      // graphics function: skipped by length
                new byte[] {0x1B, (byte) 0x99},                   // unknown ESC
                gb, new byte[] {0x0A},
                new byte[] {0x1D, 'V', 0});
        EscPosRenderer.Rendering r = EscPosRenderer.render(stream, PrinterCharset.GB18030, 384);
        // barcode and bit image are drawn, the graphics function and the unknown ESC skipped; the text after
        // them is intact, so every parameter length was right
        assertThat(r.text()).isEqualTo("[barcode CODE_39] 123\n[bit image 4x8]\n你好\n----- cut -----\n");
        assertThat(r.anomalies().unknownCommands()).isEqualTo(1);
    }

    @Test
    void fragmentedFeedingGivesTheSameReceiptAsOneFeed() {
        byte[] stream = concat(new byte[] {0x1B, '@', 0x1C, '&'}, "缴费成功".getBytes(Charset.forName("GB18030")),
                new byte[] {0x0A, 0x1D, 'V', 66, 0});
        StringBuilder got = new StringBuilder();
        EscPosInterpreter interpreter = new EscPosInterpreter(new CollectingHost(got), PrinterCharset.GB18030, 384, false);
        for (byte b : stream) {
            interpreter.feed(new byte[] {b}, 0, 1);
        }
        assertThat(got.toString()).isEqualTo("缴费成功\n|complete");
    }

    @Test
    void anOversizedRasterIsSkippedNotAllocated() {
        byte[] stream = concat(new byte[] {0x1D, 'v', '0', 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                new byte[100], "OK\n".getBytes());
        EscPosRenderer.Rendering r = EscPosRenderer.render(stream, PrinterCharset.GB18030, 384);
        assertThat(r.anomalies().oversizedCommands()).isEqualTo(1);
        assertThat(r.receipts()).isEmpty(); // everything after the header is the image's declared data
    }

    @Property(tries = 150)
    void arbitraryBytesNeverHangOrCrashTheInterpreter(@ForAll @Size(max = 400) byte[] garbage,
                                                      @ForAll @IntRange(min = 1, max = 64) int piece) {
        StringBuilder got = new StringBuilder();
        EscPosInterpreter interpreter = new EscPosInterpreter(new CollectingHost(got), PrinterCharset.GB2312, 384, true);
        long started = System.nanoTime();
        for (int i = 0; i < garbage.length; i += piece) {
            interpreter.feed(garbage, i, Math.min(piece, garbage.length - i));
        }
        interpreter.finish();
        assertThat(System.nanoTime() - started).as("no hang").isLessThan(5_000_000_000L);
        EscPosInterpreter.Anomalies a = interpreter.anomalies();
        assertThat(a.unknownCommands()).isGreaterThanOrEqualTo(0);
        assertThat(a.droppedBytes()).isBetween(0, garbage.length);
    }

    /** Records text and completeness of each receipt; endless paper. */
    private record CollectingHost(StringBuilder out) implements EscPosInterpreter.Host {
        @Override
        public void realtimeStatus(int n) {
        }

        @Override
        public void transmitStatus(int n) {
        }

        @Override
        public void automaticStatusBack(int n) {
        }

        @Override
        public boolean consumePaper(int dots) {
            return true;
        }

        @Override
        public boolean canPrint() {
            return true;
        }

        @Override
        public boolean cut() {
            return true;
        }

        @Override
        public void receipt(PrintedReceipt receipt) {
            out.append(receipt.text()).append(receipt.complete() ? "|complete" : "|incomplete");
        }
    }
}
