package kiosk.peripherals.fonts;

import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The shipped font's glyph outlines and advances read straight from its TrueType tables (FontBox),
 * so bitmaps drawn from them are the same on every JDK. Java2D's text rendering is not: its
 * FreeType build and hinting changed between JDK 17 and 25, and with them the dots of every
 * rasterised receipt line.
 */
public final class GlyphOutlines {

    private static volatile GlyphOutlines shipped;

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final int unitsPerEm;
    private final Map<Integer, Glyph> cache = new HashMap<>();

    /** One glyph in font units (y up): its outline, bounds and advance. */
    public record Glyph(GeneralPath outline, Rectangle2D bounds, int advance) {
    }

    private GlyphOutlines(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
    }

    /** The shipped font, parsed once. */
    public static GlyphOutlines shipped() {
        GlyphOutlines g = shipped;
        if (g == null) {
            synchronized (GlyphOutlines.class) {
                g = shipped;
                if (g == null) {
                    try (InputStream in = KioskFont.open()) {
                        g = new GlyphOutlines(new TTFParser().parse(new RandomAccessReadBuffer(in)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("shipped font unreadable", e);
                    }
                    shipped = g;
                }
            }
        }
        return g;
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    /** The glyph of a code point; the font's .notdef box when it has none. */
    public synchronized Glyph glyph(int codePoint) {
        return cache.computeIfAbsent(codePoint, cp -> {
            try {
                int gid = cmap.getGlyphId(cp);
                GlyphData data = font.getGlyph().getGlyph(gid);
                GeneralPath path = data == null ? new GeneralPath() : data.getPath();
                return new Glyph(path, path.getBounds2D(), font.getAdvanceWidth(gid));
            } catch (IOException e) {
                throw new UncheckedIOException("glyph U+" + Integer.toHexString(cp) + " unreadable", e);
            }
        });
    }

    /** Advance of a string in font units. */
    public int advance(String text) {
        int sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sum += glyph(cp).advance();
            i += Character.charCount(cp);
        }
        return sum;
    }
}
