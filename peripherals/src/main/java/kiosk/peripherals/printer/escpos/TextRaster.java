package kiosk.peripherals.printer.escpos;

import java.awt.image.BufferedImage;
import kiosk.peripherals.fonts.GlyphOutlines;
import kiosk.peripherals.printer.Receipt;

/**
 * Draws one receipt line with the shipped font into a black-and-white image the width of the paper:
 * the fallback for characters the printer's own font lacks (a rare name character outside GB2312 or
 * outside the BMP). One text column is 12 dots, a CJK character 24, as in the printer's font A.
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
        GlyphOutlines font = GlyphOutlines.shipped();
        double dotsPerUnit = (double) height / font.unitsPerEm();
        int baseline = Math.round(height * 0.88f);
        boolean[][] ink = new boolean[height][widthDots];
        int leftWidth = (int) Math.round(font.advance(left) * dotsPerUnit);
        int x = switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (widthDots - leftWidth) / 2);
            case RIGHT -> Math.max(0, widthDots - leftWidth);
        };
        draw(ink, font, left, x, baseline, dotsPerUnit);
        if (!right.isEmpty()) {
            int rightWidth = (int) Math.round(font.advance(right) * dotsPerUnit);
            draw(ink, font, right, Math.max(0, widthDots - rightWidth), baseline, dotsPerUnit);
        }
        if (bold) {
            embolden(ink, Math.max(1, height / CELL_HEIGHT));
        }
        BufferedImage image = new BufferedImage(widthDots, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int dx = 0; dx < widthDots; dx++) {
                image.setRGB(dx, y, ink[y][dx] ? BLACK : WHITE);
            }
        }
        return image;
    }

    private static void draw(boolean[][] ink, GlyphOutlines font, String text, int originX, int baseline,
                             double dotsPerUnit) {
        int height = ink.length;
        int width = ink[0].length;
        double pen = originX;
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
    }

    /** Synthetic bold as printers do it: each dot also printed {@code extra} dots to its right. */
    private static void embolden(boolean[][] ink, int extra) {
        for (boolean[] row : ink) {
            for (int x = row.length - 1; x >= 0; x--) {
                for (int k = 1; k <= extra && !row[x] && x - k >= 0; k++) {
                    row[x] = row[x - k];
                }
            }
        }
    }
}
