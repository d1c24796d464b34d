package kiosk.peripherals.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import kiosk.peripherals.printer.Receipt;
import kiosk.peripherals.printer.document.A4Layout;
import kiosk.peripherals.printer.escpos.TextRaster;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Real rare name characters across the CJK extension blocks, and the check boxes, each drawn as a
 * glyph (ink, and not the picture of a character no face has) in the receipt raster and in PDFs.
 */
class RareCharactersTest {

    /** 𠮷 Ext-B (王𠮷), 𫓧 Ext-C, 䶮 Ext-A (刘䶮), 𬱖 Ext-E, 𠇔 Ext-B, 㛃 Ext-A, 𬀩 Ext-E, 𫖯 Ext-C (赵孟𫖯),
     *  𪚥 Ext-B, 𫟦 Ext-D, 𰻞 Ext-G (biáng), check marks and boxes. */
    static final List<String> RARE = List.of("𠮷", "𫓧", "䶮", "𬱖", "𠇔", "㛃", "𬀩", "𫖯", "𪚥", "𫟦", "𰻞",
            "☑", "☐", "☒", "✓");

    /** A code point no face has (plane 16 private use): what "missing" looks like. */
    static final String NO_FACE = new String(Character.toChars(0x10FFFD));

    @Test
    void everyCharacterHasAFace() {
        for (String c : RARE) {
            for (boolean bold : new boolean[] {false, true}) {
                for (FontChain.Shapes shapes : FontChain.Shapes.values()) {
                    List<FontChain.Run> runs = FontChain.runs("王" + c + "明", FontChain.of(shapes, bold));
                    assertThat(runs).as(c).allMatch(FontChain.Run::covered);
                    assertThat(String.join("", runs.stream().map(FontChain.Run::text).toList())).isEqualTo("王" + c + "明");
                }
            }
        }
        assertThat(FontChain.runs(NO_FACE, FontChain.of(FontChain.Shapes.SIMPLIFIED, false)))
                .singleElement().matches(r -> !r.covered());
    }

    @Test
    void rareNamesSplitIntoRunsOfTheFaceThatHasThem() {
        List<FontChain.Run> runs = FontChain.runs("王𠮷 ☑", FontChain.of(FontChain.Shapes.SIMPLIFIED, true));
        assertThat(runs).extracting(FontChain.Run::face).containsExactly(KioskFace.SC_BOLD, KioskFace.HAN_EXT,
                KioskFace.SC_BOLD, KioskFace.HAN_GAPS);
        assertThat(FontChain.runs("請點選", FontChain.of(FontChain.Shapes.TRADITIONAL, false)))
                .extracting(FontChain.Run::face).containsExactly(KioskFace.TC_REGULAR);
    }

    @Test
    void receiptRasterDrawsEachAsAGlyph() {
        for (boolean bold : new boolean[] {false, true}) {
            BufferedImage missing = TextRaster.line(NO_FACE, Receipt.Align.LEFT, bold, 2, 96);
            for (String c : RARE) {
                BufferedImage image = TextRaster.line(c, Receipt.Align.LEFT, bold, 2, 96);
                assertThat(ink(image)).as("%s bold=%s has ink", c, bold).isGreaterThan(20);
                assertThat(difference(image, missing)).as("%s bold=%s is not the missing glyph", c, bold)
                        .isGreaterThan(20);
            }
        }
    }

    @Test
    void pdfDrawsEachAsAGlyphAndKeepsItsText() throws Exception {
        BufferedImage missing = pdfLine(NO_FACE);
        for (String c : RARE) {
            BufferedImage image = pdfLine(c);
            assertThat(ink(image)).as("%s has ink", c).isGreaterThan(20);
            assertThat(difference(image, missing)).as("%s is not the missing glyph", c).isGreaterThan(20);
        }
        byte[] pdf = A4Layout.render(Receipt.builder().title("王𠮷 ☑").pair("姓名", String.join("", RARE)).build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("王𠮷").contains(String.join("", RARE));
            assertThat(doc.getPage(0).getResources().getFontNames()).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(pdf.length).as("subsets, not the 30 MB face").isLessThan(200_000);
    }

    /** The character alone on an A4 page, rendered at 144 dpi, cropped to the first text line. */
    private static BufferedImage pdfLine(String c) throws Exception {
        byte[] pdf = A4Layout.render(Receipt.builder().text(c).build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImage(0, 2f);
            return page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 6);
        }
    }

    private static int ink(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int difference(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (((a.getRGB(x, y) & 0xff) < 128) != ((b.getRGB(x, y) & 0xff) < 128)) {
                    n++;
                }
            }
        }
        return n;
    }
}
