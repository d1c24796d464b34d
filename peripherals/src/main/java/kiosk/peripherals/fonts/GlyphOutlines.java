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
 * A shipped face's glyph outlines and advances read straight from its TrueType tables (FontBox),
 * so bitmaps drawn from them are the same on every JDK. Java2D's text rendering is not: its
 * FreeType build and hinting changed between JDK 17 and 25, and with them the dots of every
 * rasterised receipt line.
 */
public final class GlyphOutlines {

    private static final Map<KioskFace, GlyphOutlines> FACES = new java.util.EnumMap<>(KioskFace.class);

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

    /** The face's outlines, parsed once (the 30 MB extension face only when a text needs it). */
    public static GlyphOutlines of(KioskFace face) {
        synchronized (FACES) {
            GlyphOutlines g = FACES.get(face);
            if (g == null) {
                try (InputStream in = face.open()) {
                    g = new GlyphOutlines(new TTFParser().parse(new RandomAccessReadBuffer(in)));
                } catch (IOException e) {
                    throw new UncheckedIOException("shipped font unreadable: " + face.resource(), e);
                }
                FACES.put(face, g);
            }
            return g;
        }
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
