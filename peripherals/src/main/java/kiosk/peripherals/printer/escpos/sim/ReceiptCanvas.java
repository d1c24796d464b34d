package kiosk.peripherals.printer.escpos.sim;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kiosk.peripherals.fonts.FontChain;
import kiosk.peripherals.fonts.KioskFace;
import kiosk.peripherals.printer.escpos.TextRaster;
import kiosk.peripherals.printer.escpos.TextWidth;

/**
 * The paper of the simulated printer: bands (text lines, images, QR codes, blank feed) stacked top
 * to bottom, composed into one image when the receipt is cut. Text is laid out on the printer's
 * fixed grid (12 dots per column, 24 per CJK character) so columns line up as on a real receipt.
 */
final class ReceiptCanvas {

    /** A run of text in one style. */
    record Run(String text, boolean bold, int widthScale, int heightScale) {
    }

    private final int widthDots;
    private final List<BufferedImage> bands = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int heightDots;

    ReceiptCanvas(int widthDots) {
        this.widthDots = widthDots;
    }

    boolean isEmpty() {
        return bands.isEmpty() && text.length() == 0;
    }

    int widthDots() {
        return widthDots;
    }

    /** Lays out one printed line (wrapping at the paper edge); returns the dots of paper it used. */
    int textLine(List<Run> runs, int align, int lineSpacing) {
        List<List<Glyph>> rows = layout(runs);
        int used = 0;
        for (List<Glyph> row : rows) {
            int cellHeight = TextRaster.CELL_HEIGHT;
            int rowWidth = 0;
            for (Glyph g : row) {
                cellHeight = Math.max(cellHeight, TextRaster.CELL_HEIGHT * g.run.heightScale());
                rowWidth += g.width;
            }
            int pitch = Math.max(lineSpacing, cellHeight);
            BufferedImage band = blank(pitch);
            Graphics2D g2 = band.createGraphics();
            try {
                g2.setColor(Color.BLACK);
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
                int x = align == 1 ? (widthDots - rowWidth) / 2 : align == 2 ? widthDots - rowWidth : 0;
                for (Glyph g : row) {
                    int h = TextRaster.CELL_HEIGHT * g.run.heightScale();
                    String glyph = new String(Character.toChars(g.codePoint));
                    // the printer's font has what GB18030 prints; the shipped faces stand in for it
                    KioskFace face = FontChain.runs(glyph, FontChain.of(FontChain.Shapes.SIMPLIFIED, false)).get(0).face();
                    Font font = face.awt(h).deriveFont(g.run.bold() ? Font.BOLD : Font.PLAIN, (float) h)
                            .deriveFont(AffineTransform.getScaleInstance(
                                    (double) g.run.widthScale() / g.run.heightScale(), 1.0));
                    g2.setFont(font);
                    g2.drawString(glyph, Math.max(0, x),
                            cellHeight - h + Math.round(h * 0.88f));
                    x += g.width;
                }
            } finally {
                g2.dispose();
            }
            add(band);
            used += pitch;
        }
        StringBuilder line = new StringBuilder();
        runs.forEach(r -> line.append(r.text()));
        text.append(line.toString().stripTrailing()).append('\n');
        return used;
    }

    void image(BufferedImage image, int align, String description) {
        BufferedImage band = blank(image.getHeight());
        Graphics2D g = band.createGraphics();
        try {
            int x = align == 1 ? (widthDots - image.getWidth()) / 2 : align == 2 ? widthDots - image.getWidth() : 0;
            g.drawImage(image, Math.max(0, x), 0, null);
        } finally {
            g.dispose();
        }
        add(band);
        text.append(description).append('\n');
    }

    void feed(int dots) {
        if (dots > 0) {
            add(blank(dots));
        }
    }

    PrintedReceipt finish(int number, boolean complete) {
        BufferedImage image = new BufferedImage(widthDots, Math.max(1, heightDots), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthDots, image.getHeight());
            int y = 0;
            for (BufferedImage band : bands) {
                g.drawImage(band, 0, y, null);
                y += band.getHeight();
            }
        } finally {
            g.dispose();
        }
        PrintedReceipt receipt = new PrintedReceipt(number, image, text.toString(), complete, Instant.now());
        bands.clear();
        text.setLength(0);
        heightDots = 0;
        return receipt;
    }

    private void add(BufferedImage band) {
        bands.add(band);
        heightDots += band.getHeight();
    }

    private BufferedImage blank(int height) {
        BufferedImage band = new BufferedImage(widthDots, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = band.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, widthDots, band.getHeight());
        g.dispose();
        return band;
    }

    private record Glyph(int codePoint, Run run, int width) {
    }

    private List<List<Glyph>> layout(List<Run> runs) {
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        int x = 0;
        for (Run run : runs) {
            for (int i = 0; i < run.text().length(); ) {
                int cp = run.text().codePointAt(i);
                i += Character.charCount(cp);
                int w = TextWidth.width(cp) * TextWidth.COLUMN_DOTS * run.widthScale();
                if (x + w > widthDots && !row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                    x = 0;
                }
                row.add(new Glyph(cp, run, w));
                x += w;
            }
        }
        rows.add(row);
        return rows;
    }
}
