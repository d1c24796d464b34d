package kiosk.peripherals.printer.escpos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import kiosk.peripherals.fonts.AwtText;
import kiosk.peripherals.printer.Receipt;

/**
 * Draws one receipt line with the shipped faces (rare characters from the fallback faces) into a 1-bit-friendly image the width of the paper:
 * the fallback for characters the printer's own font lacks (a rare name character outside GB2312 or
 * outside the BMP), and the simulator's glyph renderer. One text column is 12 dots, a CJK
 * character 24, as in the printer's font A.
 */
public final class TextRaster {

    /** Height of one character cell in dots at scale 1 (font A). */
    public static final int CELL_HEIGHT = 24;

    private TextRaster() {
    }

    public static BufferedImage line(String text, Receipt.Align align, boolean bold, int scale, int widthDots) {
        return columns(text, "", align, bold, scale, widthDots);
    }

    /** Left text aligned as asked, optional right text flush right, on one line. */
    public static BufferedImage columns(String left, String right, Receipt.Align align, boolean bold, int scale,
                                        int widthDots) {
        int height = CELL_HEIGHT * scale;
        BufferedImage image = new BufferedImage(widthDots, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthDots, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            int baseline = Math.round(height * 0.88f);
            int leftWidth = AwtText.width(g, left, height, bold);
            int x = switch (align) {
                case LEFT -> 0;
                case CENTER -> Math.max(0, (widthDots - leftWidth) / 2);
                case RIGHT -> Math.max(0, widthDots - leftWidth);
            };
            AwtText.draw(g, left, x, baseline, height, bold);
            if (!right.isEmpty()) {
                AwtText.draw(g, right, Math.max(0, widthDots - AwtText.width(g, right, height, bold)), baseline, height,
                        bold);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
