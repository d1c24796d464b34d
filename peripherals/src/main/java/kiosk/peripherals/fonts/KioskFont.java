package kiosk.peripherals.fonts;

import java.awt.Font;
import java.io.InputStream;

/**
 * The CJK font shipped with the kiosk (Noto Sans SC, SIL OFL 1.1, TrueType outlines): every
 * Chinese character of GB18030's mandatory set plus the rare name characters of the Tongyong
 * Guifan list, so screens and receipts render on a machine with no CJK font installed. The other
 * shipped faces (bold, Traditional, rare characters) are {@link KioskFace}, chosen by {@link FontChain}.
 */
public final class KioskFont {

    /** Class-path resource of the TrueType file, for JavaFX, AWT and PDFBox alike. */
    public static final String RESOURCE = "/kiosk/fonts/NotoSansSC-Regular.ttf";

    /** The family name the font registers under. */
    public static final String FAMILY = "Noto Sans SC";

    private KioskFont() {
    }

    public static InputStream open() {
        return KioskFace.SC_REGULAR.open();
    }

    /** The regular face for AWT, at the given size; text with rare characters goes through {@link AwtText}. */
    public static Font awt(float size) {
        return KioskFace.SC_REGULAR.awt(size);
    }
}
