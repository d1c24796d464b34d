package kiosk.peripherals.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The TrueType faces shipped with the kiosk (class path {@code /kiosk/fonts/}, built by
 * {@code peripherals/fonts-build/make_fonts.py}; licences in OFL.txt). Noto Sans SC regular covers
 * GB 18030's mandatory set; the others add weight, Traditional shapes, and the rare name characters
 * no Noto subset has. TrueType outlines throughout, because PDFBox embeds CJK only from TrueType.
 */
public enum KioskFace {
    SC_REGULAR("NotoSansSC-Regular.ttf", "Noto Sans SC", false),
    SC_BOLD("NotoSansSC-Bold.ttf", "Noto Sans SC", true),
    TC_REGULAR("NotoSansTC-Regular.ttf", "Noto Sans TC", false),
    TC_BOLD("NotoSansTC-Bold.ttf", "Noto Sans TC", true),
    /** BMP characters the Noto subset lacks: check boxes, the rest of Ext-A, compatibility ideographs. */
    HAN_GAPS("KioskHanGaps.ttf", "Kiosk Han Gaps", false),
    /** CJK Extensions B to F, complete (60,000 characters, 30 MB: loaded only when a name needs it). */
    HAN_EXT("KioskHanExt.ttf", "Kiosk Han Ext", false);

    private final String file;
    private final String family;
    private final boolean bold;
    private volatile Font awt;
    private volatile Optional<Path> localFile;

    KioskFace(String file, String family, boolean bold) {
        this.file = file;
        this.family = family;
        this.bold = bold;
    }

    /** Class-path resource, for JavaFX, AWT and PDFBox alike. */
    public String resource() {
        return "/kiosk/fonts/" + file;
    }

    /** The family name the face registers under (regular and bold share one). */
    public String family() {
        return family;
    }

    public boolean bold() {
        return bold;
    }

    /**
     * The face as a plain file (the resource itself, or its copy in the kiosk's cache: {@link FontFiles}),
     * looked up once; empty where no file can be had, and then {@link #open()} is the way.
     */
    public Optional<Path> file() {
        Optional<Path> f = localFile;
        if (f == null) {
            synchronized (this) {
                f = localFile;
                if (f == null) {
                    java.net.URL url = KioskFace.class.getResource(resource());
                    f = url == null ? Optional.empty() : FontFiles.of(url, FontFiles.defaultCacheDir());
                    localFile = f;
                }
            }
        }
        return f;
    }

    public InputStream open() {
        InputStream in = KioskFace.class.getResourceAsStream(resource());
        if (in == null) {
            throw new IllegalStateException("Font resource missing from the class path: " + resource());
        }
        return in;
    }

    /** The face for AWT (receipt raster, simulated receipts), loaded once, at the given size. */
    public Font awt(float size) {
        return base().deriveFont(size);
    }

    /** Whether the face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return base().canDisplay(codePoint);
    }

    private Font base() {
        Font font = awt;
        if (font == null) {
            synchronized (this) {
                font = awt;
                if (font == null) {
                    try {
                        Optional<Path> onDisk = file();
                        if (onDisk.isPresent()) {
                            font = Font.createFont(Font.TRUETYPE_FONT, onDisk.get().toFile()); // no temporary copy
                        } else {
                            try (InputStream in = open()) {
                                font = Font.createFont(Font.TRUETYPE_FONT, in);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (FontFormatException e) {
                        throw new IllegalStateException("Shipped font is not TrueType: " + file, e);
                    }
                    awt = font;
                }
            }
        }
        return font;
    }
}
