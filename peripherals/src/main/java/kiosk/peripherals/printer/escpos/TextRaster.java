package kiosk.peripherals.printer.escpos;

import java.awt.image.BufferedImage;
import java.util.List;
import kiosk.peripherals.fonts.FontChain;
import kiosk.peripherals.fonts.GlyphOutlines;
import kiosk.peripherals.printer.Receipt;

/**
 * Draws one receipt line with the shipped faces (rare characters from the fallback faces, see
 * {@link FontChain}) into a black-and-white image the width of the paper: the fallback for characters
 * the printer's own font lacks (a rare name character outside GB2312 or outside the BMP), and the
 * simulator's glyph renderer. One text column is 12 dots, a CJK character 24, as in the printer's font A.
 *
 * <p>The dots are computed here, not by Java2D: a dot is black when its centre lies inside a glyph's
 * TrueType outline (non-zero winding, {@link GlyphOutlines}). Java2D's glyph rasteriser differs between
 * JDKs (FreeType version, hinting), so the bytes sent to the printer would too.
 */
public final class TextRaster {

    /** Height of one character cell in dots at scale 1 (font A). */
    public static final int CELL_HEIGHT = 24;

    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;

    private TextRaster() {
    }

    public static BufferedImage line(String text, Receipt.Align align, boolean bold, int scale, int widthDots) {
        return columns(text, "", align, bold, scale, widthDots);
    }

    /** Left text aligned as asked, optional right text flush right, on one line. */
    public static BufferedImage columns(String left, String right, Receipt.Align align, boolean bold, int scale,
                                        int widthDots) {
        int height = CELL_HEIGHT * scale;
        int baseline = Math.round(height * 0.88f);
        Ink ink = new Ink(height, widthDots, Math.max(1, height / CELL_HEIGHT));
        List<FontChain.Run> leftRuns = FontChain.runs(left, FontChain.of(FontChain.Shapes.SIMPLIFIED, bold));
        int leftWidth = (int) Math.round(advance(leftRuns, height));
        int x = switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (widthDots - leftWidth) / 2);
            case RIGHT -> Math.max(0, widthDots - leftWidth);
        };
        draw(ink, leftRuns, x, baseline, bold);
        if (!right.isEmpty()) {
            List<FontChain.Run> rightRuns = FontChain.runs(right, FontChain.of(FontChain.Shapes.SIMPLIFIED, bold));
            int rightWidth = (int) Math.round(advance(rightRuns, height));
            draw(ink, rightRuns, Math.max(0, widthDots - rightWidth), baseline, bold);
        }
        BufferedImage image = new BufferedImage(widthDots, height, BufferedImage.TYPE_INT_RGB);
        boolean[][] dots = ink.merged();
        for (int y = 0; y < height; y++) {
            for (int dx = 0; dx < widthDots; dx++) {
                image.setRGB(dx, y, dots[y][dx] ? BLACK : WHITE);
            }
        }
        return image;
    }

    private static double advance(List<FontChain.Run> runs, int height) {
        double width = 0;
        for (FontChain.Run run : runs) {
            GlyphOutlines face = GlyphOutlines.of(run.face());
            width += face.advance(run.text()) * (double) height / face.unitsPerEm();
        }
        return width;
    }

    /** Draws the runs from originX; a run whose face has no bold weight is emboldened as printers do. */
    private static void draw(Ink ink, List<FontChain.Run> runs, int originX, int baseline, boolean bold) {
        double pen = originX;
        for (FontChain.Run run : runs) {
            GlyphOutlines face = GlyphOutlines.of(run.face());
            boolean[][] target = bold && !run.face().bold() ? ink.toEmbolden : ink.plain;
            pen = draw(target, face, run.text(), pen, baseline, (double) ink.plain.length / face.unitsPerEm());
        }
    }

    private static double draw(boolean[][] ink, GlyphOutlines font, String text, double pen, int baseline,
                               double dotsPerUnit) {
        int height = ink.length;
        int width = ink[0].length;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            GlyphOutlines.Glyph glyph = font.glyph(cp);
            var b = glyph.bounds();
            int x0 = Math.max(0, (int) Math.floor(pen + b.getMinX() * dotsPerUnit));
            int x1 = Math.min(width - 1, (int) Math.ceil(pen + b.getMaxX() * dotsPerUnit));
            int y0 = Math.max(0, (int) Math.floor(baseline - b.getMaxY() * dotsPerUnit));
            int y1 = Math.min(height - 1, (int) Math.ceil(baseline - b.getMinY() * dotsPerUnit));
            for (int y = y0; y <= y1; y++) {
                double fy = (baseline - (y + 0.5)) / dotsPerUnit;
                for (int x = x0; x <= x1; x++) {
                    if (!ink[y][x] && glyph.outline().contains((x + 0.5 - pen) / dotsPerUnit, fy)) {
                        ink[y][x] = true;
                    }
                }
            }
            pen += glyph.advance() * dotsPerUnit;
        }
        return pen;
    }

    /** Dots drawn as they are, and dots to embolden (a face without a bold weight on a bold line). */
    private static final class Ink {
        final boolean[][] plain;
        final boolean[][] toEmbolden;
        final int extra;

        Ink(int height, int width, int extra) {
            plain = new boolean[height][width];
            toEmbolden = new boolean[height][width];
            this.extra = extra;
        }

        /** Synthetic bold as printers do it: each dot also printed {@code extra} dots to its right. */
        boolean[][] merged() {
            for (int y = 0; y < plain.length; y++) {
                boolean[] row = toEmbolden[y];
                for (int x = row.length - 1; x >= 0; x--) {
                    for (int k = 1; k <= extra && !row[x] && x - k >= 0; k++) {
                        row[x] = row[x - k];
                    }
                }
                for (int x = 0; x < row.length; x++) {
                    plain[y][x] |= row[x];
                }
            }
            return plain;
        }
    }
}
