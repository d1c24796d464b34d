package kiosk.peripherals.fonts;

import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A shipped face's glyph outlines and advances read straight from its TrueType tables (FontBox),
 * so bitmaps drawn from them are the same on every JDK. Java2D's text rendering is not: its
 * FreeType build and hinting changed between JDK 17 and 25, and with them the dots of every
 * rasterised receipt line.
 */
public final class GlyphOutlines {

    private static final Map<KioskFace, GlyphOutlines> FACES = new java.util.EnumMap<>(KioskFace.class);
    /** Outlines kept per face: every character of many weeks of receipts, not every glyph of a 60,000-glyph face. */
    private static final int KEPT_GLYPHS = 4096;

    private final KioskFace face;
    private final int unitsPerEm;
    /**
     * FontBox holds a parsed face whole in the heap: 34 MiB for Noto Sans SC, 69 MiB for the extension
     * face, 139 MiB for all six, in a kiosk that runs in 160 MiB. So the parsed face is held softly (the
     * collector drops it before it would run out of memory, and the next new character parses it again),
     * and only the outlines already drawn are held for good.
     */
    private SoftReference<Parsed> parsed;
    private final Map<Integer, Glyph> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Glyph> eldest) {
            return size() > KEPT_GLYPHS;
        }
    };

    private record Parsed(TrueTypeFont font, CmapLookup cmap) {
    }

    /** One glyph in font units (y up): its outline, bounds and advance. */
    public record Glyph(GeneralPath outline, Rectangle2D bounds, int advance) {
    }

    private GlyphOutlines(KioskFace face) throws IOException {
        this.face = face;
        Parsed p = parse(face);
        this.unitsPerEm = p.font().getUnitsPerEm();
        this.parsed = new SoftReference<>(p);
    }

    /** The face's outlines (the 30 MB extension face only when a text needs it). */
    public static GlyphOutlines of(KioskFace face) {
        synchronized (FACES) {
            GlyphOutlines g = FACES.get(face);
            if (g == null) {
                try {
                    g = new GlyphOutlines(face);
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
        Glyph kept = cache.get(codePoint);
        if (kept != null) {
            return kept;
        }
        try {
            Parsed p = parsed.get();
            if (p == null) {
                p = parse(face);
                parsed = new SoftReference<>(p);
            }
            int gid = p.cmap().getGlyphId(codePoint);
            GlyphData data = p.font().getGlyph().getGlyph(gid);
            GeneralPath path = data == null ? new GeneralPath() : data.getPath();
            Glyph glyph = new Glyph(path, path.getBounds2D(), p.font().getAdvanceWidth(gid));
            cache.put(codePoint, glyph);
            return glyph;
        } catch (IOException e) {
            throw new UncheckedIOException("glyph U+" + Integer.toHexString(codePoint) + " unreadable", e);
        }
    }

    /** From the face's file when there is one: no second copy of the face while it is parsed. */
    private static Parsed parse(KioskFace face) throws IOException {
        java.util.Optional<java.nio.file.Path> file = face.file();
        TrueTypeFont font;
        if (file.isPresent()) {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.get().toFile()));
        } else {
            try (InputStream in = face.open()) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        }
        return new Parsed(font, font.getUnicodeCmapLookup());
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
