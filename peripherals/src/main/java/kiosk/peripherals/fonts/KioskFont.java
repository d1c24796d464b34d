package kiosk.peripherals.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font shipped with the kiosk (Noto Sans SC, SIL OFL 1.1, TrueType outlines): every
 * Chinese character of GB18030's mandatory set plus the rare name characters of the Tongyong
 * Guifan list, so screens and receipts render on a machine with no CJK font installed.
 */
public final class KioskFont {

    /** Class-path resource of the TrueType file, for JavaFX, AWT and PDFBox alike. */
    public static final String RESOURCE = "/kiosk/fonts/NotoSansSC-Regular.ttf";

    /** The family name the font registers under. */
    public static final String FAMILY = "Noto Sans SC";

    private static volatile Font awtFont;

    private KioskFont() {
    }

    public static InputStream open() {
        InputStream in = KioskFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Font resource missing from the class path: " + RESOURCE);
        }
        return in;
    }

    /** The font for AWT rendering (simulated receipts), loaded once, at the given size. */
    public static Font awt(float size) {
        Font base = awtFont;
        if (base == null) {
            synchronized (KioskFont.class) {
                base = awtFont;
                if (base == null) {
                    try (InputStream in = open()) {
                        base = Font.createFont(Font.TRUETYPE_FONT, in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (FontFormatException e) {
                        throw new IllegalStateException("Shipped font is not TrueType", e);
                    }
                    awtFont = base;
                }
            }
        }
        return base.deriveFont(size);
    }
}
