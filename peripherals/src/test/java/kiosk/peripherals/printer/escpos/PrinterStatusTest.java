package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.PrinterDetail;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PrinterStatusTest {

    @Test
    void allClearRepliesMeanReady() throws DeviceException {
        PrinterStatus s = PrinterStatus.fromRealtime(0x12, 0x12, 0x12, 0x12);
        assertThat(s).isEqualTo(PrinterStatus.READY);
        assertThat(s.toDeviceStatus().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(s.toDetail()).isEqualTo(PrinterDetail.READY);
    }

    @Test
    void eachBitOfEachReplyIsRead() throws DeviceException {
        assertThat(PrinterStatus.fromRealtime(0x1A, 0x12, 0x12, 0x12).offline()).isTrue();        // n=1 bit3
        assertThat(PrinterStatus.fromRealtime(0x12, 0x16, 0x12, 0x12).coverOpen()).isTrue();      // n=2 bit2
        assertThat(PrinterStatus.fromRealtime(0x12, 0x32, 0x12, 0x12).paperEndStop()).isTrue();   // n=2 bit5
        assertThat(PrinterStatus.fromRealtime(0x12, 0x52, 0x12, 0x12).errorOccurred()).isTrue();  // n=2 bit6
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x16, 0x12).mechanicalError()).isTrue(); // n=3 bit2
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x1A, 0x12).cutterError()).isTrue();    // n=3 bit3
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x32, 0x12).unrecoverableError()).isTrue(); // n=3 bit5
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x52, 0x12).autoRecoverableError()).isTrue(); // n=3 bit6
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x12, 0x1E).paperNearEnd()).isTrue();   // n=4 bits2-3
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x12, 0x72).paperEnd()).isTrue();       // n=4 bits5-6
    }

    @Test
    void statesMapToTheStatusModel() throws DeviceException {
        assertThat(PrinterStatus.fromRealtime(0x12, 0x12, 0x12, 0x1E).toDeviceStatus().detail())
                .isEqualTo(new PrinterDetail(PrinterDetail.Paper.LOW, false, false, false));
        var out = PrinterStatus.fromRealtime(0x1A, 0x32, 0x12, 0x72).toDeviceStatus();
        assertThat(out.state()).isEqualTo(DeviceState.USER_ERROR);
        assertThat(out.reason()).isEqualTo("printer.paper-out");
        var cover = PrinterStatus.fromRealtime(0x1A, 0x16, 0x12, 0x12).toDeviceStatus();
        assertThat(cover.reason()).isEqualTo("printer.cover-open");
        var cutter = PrinterStatus.fromRealtime(0x1A, 0x52, 0x1A, 0x12).toDeviceStatus();
        assertThat(cutter.state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(cutter.reason()).isEqualTo("printer.cutter-error");
        var jam = PrinterStatus.fromRealtime(0x1A, 0x52, 0x16, 0x12).toDeviceStatus();
        assertThat(jam.reason()).isEqualTo("printer.jammed");
        assertThat(((PrinterDetail) jam.detail()).paper()).isEqualTo(PrinterDetail.Paper.JAMMED);
    }

    @Test
    void wrongFixedBitsAreAProtocolError() {
        for (int bad : new int[] {0x13, 0x10, 0x02, 0x92, 0x00, 0xFF}) {
            assertThatThrownBy(() -> PrinterStatus.fromRealtime(0x12, bad, 0x12, 0x12))
                    .isInstanceOfSatisfying(DeviceException.class,
                            e -> assertThat(e.reason()).isEqualTo("printer.bad-status"));
        }
    }

    @Test
    void asbPacketsAreParsed() throws DeviceException {
        PrinterStatus s = PrinterStatus.fromAsb(new byte[] {0x38, 0x08, 0x0F, 0x00});
        assertThat(s.offline()).isTrue();
        assertThat(s.coverOpen()).isTrue();
        assertThat(s.cutterError()).isTrue();
        assertThat(s.paperNearEnd()).isTrue();
        assertThat(s.paperEnd()).isTrue();
        assertThat(PrinterStatus.fromAsb(new byte[] {0x10, 0, 0, 0})).isEqualTo(PrinterStatus.READY);
        assertThatThrownBy(() -> PrinterStatus.fromAsb(new byte[] {0x12, 0, 0, 0})).isInstanceOf(DeviceException.class);
    }

    @Test
    void demuxTellsAsbPacketsFromRealtimeRepliesAndPaperReplies() {
        StatusDemux d = new StatusDemux();
        assertThat(d.feed(0x12)).isEqualTo(new StatusDemux.RealtimeReply(0x12));
        assertThat(d.feed(0x30)).isNull();          // ASB header (cover open)
        assertThat(d.feed(0x00)).isNull();
        assertThat(d.feed(0x03)).isNull();
        StatusDemux.Incoming asb = d.feed(0x00);
        assertThat(asb).isInstanceOf(StatusDemux.Asb.class);
        assertThat(((StatusDemux.Asb) asb).packet()).containsExactly(0x30, 0x00, 0x03, 0x00);
        assertThat(d.feed(0x1A)).isEqualTo(new StatusDemux.RealtimeReply(0x1A)); // DLE EOT 1, offline
        assertThat(d.feed(0x0C)).isEqualTo(new StatusDemux.PaperReply(0x0C));   // GS r 1 outside a packet
        assertThat(d.feed(0x13)).isEqualTo(new StatusDemux.Noise(0x13));        // XOFF
        assertThat(d.feed(0x10)).isNull();                                       // header ...
        assertThat(d.feed(0x16)).isEqualTo(new StatusDemux.RealtimeReply(0x16)); // ... broken by a reply
    }

    @Property(tries = 300)
    void anyStatusBytesParseOrFailWithTheirOwnTypedError(@ForAll @IntRange(min = 0, max = 255) int a,
            @ForAll @IntRange(min = 0, max = 255) int b, @ForAll @IntRange(min = 0, max = 255) int c,
            @ForAll @IntRange(min = 0, max = 255) int d) {
        boolean wellFormed = java.util.stream.IntStream.of(a, b, c, d).allMatch(x -> (x & 0x93) == 0x12);
        try {
            PrinterStatus s = PrinterStatus.fromRealtime(a, b, c, d);
            assertThat(wellFormed).as("parsed only with the fixed bits right").isTrue();
            // What a person on site or a technician is told follows from the bits, most serious first.
            kiosk.peripherals.device.DeviceStatus status = s.toDeviceStatus();
            boolean paperOut = (b & 0x20) != 0 || (d & 0x60) != 0;
            String expected = (c & 0x20) != 0 ? "printer.unrecoverable-error"
                    : (c & 0x08) != 0 ? "printer.cutter-error"
                    : (c & 0x04) != 0 ? "printer.jammed"
                    : (b & 0x04) != 0 ? "printer.cover-open"
                    : paperOut ? "printer.paper-out"
                    : (c & 0x40) != 0 ? "printer.recovering"
                    : (a & 0x08) != 0 ? "printer.offline" : "";
            assertThat(status.reason()).isEqualTo(expected);
            assertThat(s.canPrint()).as("prints only when nothing stops it")
                    .isEqualTo(expected.isEmpty() || expected.equals("printer.offline"));
            assertThat(s.paperNearEnd()).isEqualTo((d & 0x0C) != 0);
        } catch (DeviceException e) {
            assertThat(wellFormed).as("refused only with a fixed bit wrong").isFalse();
            assertThat(e.reason()).isEqualTo("printer.bad-status");
        }
    }

    @Property(tries = 300)
    void theDemuxSortsAnyByteStreamIntoWellFormedUnits(@ForAll @Size(max = 200) byte[] stream) throws DeviceException {
        StatusDemux d = new StatusDemux();
        for (byte b : stream) {
            StatusDemux.Incoming in = d.feed(b);
            if (in instanceof StatusDemux.Asb asb) {
                assertThat(PrinterStatus.fromAsb(asb.packet())).isNotNull(); // never a malformed packet
            } else if (in instanceof StatusDemux.RealtimeReply r) {
                assertThat(PrinterStatus.isRealtimeReply(r.value())).isTrue();
            }
        }
    }
}
