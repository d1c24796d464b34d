package kiosk.peripherals.printer.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kiosk.peripherals.fonts.FontChain;
import kiosk.peripherals.fonts.KioskFace;
import kiosk.peripherals.printer.Receipt;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays a {@link Receipt} out on A4 pages with PDFBox: the shipped faces embedded as subsets (only
 * the glyphs used, so a page stays a few tens of kB; a rare name character brings in the fallback
 * face it needs, see {@link FontChain}), titles larger in the bold face, key/value lines in two
 * columns, QR codes as lossless images. No
 * system font is looked up, so the output is the same on every kiosk.
 */
public final class A4Layout {

    private static final float MARGIN = 56f;          // about 20 mm
    private static final float BODY_SIZE = 12f;
    private static final float LEADING = 1.5f;
    private static final float QR_POINTS_PER_MODULE = 3f;

    private A4Layout() {
    }

    public static byte[] render(Receipt receipt) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            new Writer(doc).write(receipt);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final Map<KioskFace, PDType0Font> fonts = new EnumMap<>(KioskFace.class);
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument doc) {
            this.doc = doc;
        }

        /** Each face is embedded (as a subset of the glyphs used) only if the document uses it. */
        private PDType0Font font(KioskFace face) throws IOException {
            PDType0Font font = fonts.get(face);
            if (font == null) {
                java.util.Optional<java.nio.file.Path> file = face.file();
                if (file.isPresent()) {
                    font = PDType0Font.load(doc, file.get().toFile()); // reads only the glyphs it embeds
                } else {
                    try (InputStream in = face.open()) {
                        font = PDType0Font.load(doc, in);
                    }
                }
                fonts.put(face, font);
            }
            return font;
        }

        /** The text in runs of one face each; a character no shipped face has becomes U+FFFD or '?'. */
        private List<FontChain.Run> runs(String s, boolean bold) {
            List<FontChain.Run> runs = new ArrayList<>();
            for (FontChain.Run run : FontChain.runs(s, FontChain.of(FontChain.Shapes.SIMPLIFIED, bold))) {
                if (run.covered()) {
                    runs.add(run);
                } else {
                    String stand = run.face().covers(0xFFFD) ? "\uFFFD" : "?";
                    runs.add(new FontChain.Run(stand.repeat(run.text().codePointCount(0, run.text().length())),
                            run.face(), true));
                }
            }
            return runs;
        }

        void write(Receipt receipt) throws IOException {
            newPage();
            try {
                for (Receipt.Line line : receipt.lines()) {
                    if (line instanceof Receipt.Text t) {
                        float size = BODY_SIZE * (t.scale() == 1 ? 1f : 1f + 0.5f * (t.scale() - 1));
                        for (String paragraph : t.text().split("\n", -1)) {
                            for (String piece : wrap(paragraph, size)) {
                                text(piece, t.align(), t.bold(), size);
                            }
                        }
                    } else if (line instanceof Receipt.KeyValue kv) {
                        keyValue(kv);
                    } else if (line instanceof Receipt.Qr qr) {
                        qr(qr);
                    } else if (line instanceof Receipt.Rule) {
                        space(BODY_SIZE * 0.75f);
                        content.setLineWidth(0.5f);
                        content.moveTo(MARGIN, y);
                        content.lineTo(MARGIN + width, y);
                        content.stroke();
                        space(BODY_SIZE * 0.75f);
                    } else if (line instanceof Receipt.Feed f) {
                        space(BODY_SIZE * LEADING * f.lines());
                    }
                }
            } finally {
                content.close();
            }
        }

        private void text(String s, Receipt.Align align, boolean bold, float size) throws IOException {
            space(size * LEADING);
            float w = stringWidth(s, size, bold);
            float x = switch (align) {
                case LEFT -> MARGIN;
                case CENTER -> MARGIN + (width - w) / 2;
                case RIGHT -> MARGIN + width - w;
            };
            show(s, x, size, bold);
        }

        private void keyValue(Receipt.KeyValue kv) throws IOException {
            float keyWidth = stringWidth(kv.key(), BODY_SIZE);
            List<String> values = wrapTo(kv.value(), Math.max(BODY_SIZE * 2, width - keyWidth - BODY_SIZE), BODY_SIZE);
            boolean first = true;
            for (String v : values) {
                space(BODY_SIZE * LEADING);
                if (first) {
                    show(kv.key(), MARGIN, BODY_SIZE, false);
                    first = false;
                }
                show(v, MARGIN + width - stringWidth(v, BODY_SIZE), BODY_SIZE, false);
            }
        }

        private void qr(Receipt.Qr qr) throws IOException {
            ByteMatrix m;
            try {
                m = Encoder.encode(qr.payload(), ErrorCorrectionLevel.valueOf(String.valueOf(qr.errorCorrection())),
                        Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
            } catch (WriterException e) {
                throw new IOException("QR payload cannot be encoded: " + e.getMessage(), e);
            }
            BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int yy = 0; yy < m.getHeight(); yy++) {
                for (int xx = 0; xx < m.getWidth(); xx++) {
                    image.setRGB(xx, yy, m.get(xx, yy) == 1 ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            float side = m.getWidth() * QR_POINTS_PER_MODULE;
            space(side + BODY_SIZE * 0.5f);
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            content.drawImage(xobject, MARGIN + (width - side) / 2, y, side, side);
        }

        private void show(String s, float x, float size, boolean bold) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, y);
            for (FontChain.Run run : runs(s, bold)) {
                content.setFont(font(run.face()), size);
                if (bold && !run.face().bold()) { // no bold weight for this face: stroke the outline too
                    content.setRenderingMode(RenderingMode.FILL_STROKE);
                    content.setLineWidth(size / 30f);
                } else {
                    content.setRenderingMode(RenderingMode.FILL);
                }
                content.showText(run.text());
            }
            content.endText();
        }

        /** Moves down; starts a new page when the next line would cross the bottom margin. */
        private void space(float height) throws IOException {
            if (y - height < MARGIN) {
                content.close();
                newPage();
            }
            y -= height;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private float stringWidth(String s, float size) throws IOException {
            return stringWidth(s, size, false);
        }

        private float stringWidth(String s, float size, boolean bold) throws IOException {
            float width = 0;
            for (FontChain.Run run : runs(s, bold)) {
                width += font(run.face()).getStringWidth(run.text()) / 1000f * size;
            }
            return width;
        }

        private List<String> wrap(String text, float size) throws IOException {
            return wrapTo(text, width, size);
        }

        private List<String> wrapTo(String text, float maxWidth, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String c = new String(Character.toChars(cp));
                if (line.length() > 0 && stringWidth(line + c, size) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(c);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
