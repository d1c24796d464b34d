package kiosk.peripherals.printer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.printer.PrintCompletion;
import kiosk.peripherals.printer.Receipt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class A4DocumentPrinterTest {

    @TempDir
    Path dir;

    static Receipt sample() {
        Receipt.Builder b = Receipt.builder().title("交通违法缴款凭证")
                .text("繳費成功 Payment received", Receipt.Align.CENTER, false, 1).rule()
                .pair("姓名", "王\uD86D\uDCE7明").pair("姓名", "刘䶮").pair("金额", "¥200.00")
                .qr("https://pay.example/o/123");
        for (int i = 0; i < 60; i++) {
            b.text("第" + i + "行 line " + i);
        }
        return b.build();
    }

    @Test
    void pdfEmbedsASubsetOfTheShippedFontAndKeepsRareNames() throws Exception {
        byte[] pdf = A4Layout.render(sample());
        assertThat(pdf.length).as("a subset, not the 10 MB font").isLessThan(200_000);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*NotoSansSC.*");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("交通违法缴款凭证").contains("繳費成功").contains("王\uD86D\uDCE7明").contains("刘䶮");
        }
    }

    @Test
    void withoutAPrintServiceItSpoolsAPdfAndPublishesTheCompletion() throws Exception {
        Path spool = dir.resolve("spool");
        A4DocumentPrinter printer = new A4DocumentPrinter("a4", spool, "no-such-printer-kiosk");
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        printer.subscribe(events::add);
        printer.open();
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        PrintCompletion done = printer.print(sample());
        assertThat(done.destination()).startsWith("spool:receipt-");
        assertThat(spool.resolve(done.destination().substring("spool:".length()))).exists();
        try (var files = Files.list(spool)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(DeviceEvent.Data.class,
                d -> assertThat(d.payload()).isEqualTo(done)));
    }

    @Test
    void anUnwritableSpoolIsNoDeviceWithATypedError() throws Exception {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        A4DocumentPrinter printer = new A4DocumentPrinter("a4", notADir.resolve("spool"), null);
        assertThatThrownBy(printer::open).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo("document.spool-unwritable"));
        assertThat(printer.status().state()).isEqualTo(DeviceState.NO_DEVICE);
        assertThatThrownBy(() -> printer.print(sample())).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.reason()).isEqualTo("document.spool-unwritable"));
    }
}
