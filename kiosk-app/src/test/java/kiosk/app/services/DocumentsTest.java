package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a document printer is configured, a certificate prints as an A4 PDF and the done page sends nobody away. */
class DocumentsTest {

    @TempDir
    Path dir;

    private KioskOnStub test;

    @BeforeEach
    void start() {
        test = KioskOnStub.setup().documentPrinter().start(dir);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aCertificatePrintsAsAnA4DocumentWithItsReference() throws Exception {
        test.identify(Language.EN, HouseholdServicesTest.ZHANG_WEI);
        test.chooseService("household.certificate");
        test.awaitScreen(ScreenModel.Choice.class);
        test.choose("EMPLOYMENT");
        test.awaitScreen(ScreenModel.Confirm.class);
        test.next();
        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        String certificateId = basket.lines().get(0).key().substring(basket.lines().get(0).key().indexOf(':') + 1);
        test.pay();
        ScreenModel.Done done = test.awaitScreen(ScreenModel.Done.class);
        assertThat(done.printed()).isTrue();
        assertThat(done.notes()).as("the document printed here: nobody is sent to a counter for it").isEmpty();

        await().atMost(Duration.ofSeconds(10)).until(() -> pdfs().size() == 1);
        try (PDDocument pdf = Loader.loadPDF(pdfs().get(0).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(certificateId, "330602********1256").doesNotContain("330602198503151256");
        }
    }

    private List<Path> pdfs() throws java.io.IOException {
        Path spool = dir.resolve("a4");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).toList();
        }
    }
}
