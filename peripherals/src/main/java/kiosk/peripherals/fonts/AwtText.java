package kiosk.peripherals.fonts;

import java.awt.Font;
import java.awt.Graphics2D;

/** Draws and measures text with AWT through the {@link FontChain}, for the receipt raster. */
public final class AwtText {

    private AwtText() {
    }

    /** Draws {@code text} with its left end at x on the baseline; returns the width drawn. */
    public static int draw(Graphics2D g, String text, int x, int baseline, float size, boolean bold) {
        int at = x;
        for (FontChain.Run run : FontChain.runs(text, FontChain.of(FontChain.Shapes.SIMPLIFIED, bold))) {
            g.setFont(font(run.face(), size, bold));
            g.drawString(run.text(), at, baseline);
            at += g.getFontMetrics().stringWidth(run.text());
        }
        return at - x;
    }

    public static int width(Graphics2D g, String text, float size, boolean bold) {
        int width = 0;
        for (FontChain.Run run : FontChain.runs(text, FontChain.of(FontChain.Shapes.SIMPLIFIED, bold))) {
            width += g.getFontMetrics(font(run.face(), size, bold)).stringWidth(run.text());
        }
        return width;
    }

    /** A face without a bold weight is emboldened by AWT, as before there was a bold face. */
    private static Font font(KioskFace face, float size, boolean bold) {
        Font font = face.awt(size);
        return bold && !face.bold() ? font.deriveFont(Font.BOLD, size) : font;
    }
}
