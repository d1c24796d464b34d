package kiosk.peripherals.fonts;

import java.util.ArrayList;
import java.util.List;

/**
 * Which shipped face draws which character: a text is cut into runs, each drawn by the first face of
 * the chain that has its characters (bold or regular Noto in Simplified or Traditional shapes, then the
 * gap and extension faces for rare name characters). Screens, the receipt raster and PDFs all draw
 * these runs, so a name like 王𠮷 comes out whole everywhere.
 */
public final class FontChain {

    /** Simplified shapes (zh-CN, English) or Traditional shapes (zh-TW screens). */
    public enum Shapes { SIMPLIFIED, TRADITIONAL }

    /** A piece of text and the face that draws it; {@code covered} false when no shipped face has it. */
    public record Run(String text, KioskFace face, boolean covered) {
    }

    private FontChain() {
    }

    public static List<KioskFace> of(Shapes shapes, boolean bold) {
        return switch (shapes) {
            case SIMPLIFIED -> bold
                    ? List.of(KioskFace.SC_BOLD, KioskFace.SC_REGULAR, KioskFace.HAN_GAPS, KioskFace.HAN_EXT)
                    : List.of(KioskFace.SC_REGULAR, KioskFace.HAN_GAPS, KioskFace.HAN_EXT);
            case TRADITIONAL -> bold
                    ? List.of(KioskFace.TC_BOLD, KioskFace.TC_REGULAR, KioskFace.SC_BOLD, KioskFace.SC_REGULAR,
                            KioskFace.HAN_GAPS, KioskFace.HAN_EXT)
                    : List.of(KioskFace.TC_REGULAR, KioskFace.SC_REGULAR, KioskFace.HAN_GAPS, KioskFace.HAN_EXT);
        };
    }

    /**
     * The text as runs of consecutive characters drawn by one face, each character by the first face of
     * the chain that has it. A character no face has goes to the chain's first face (which draws its
     * missing-glyph box) with {@code covered} false. Faces load on first use, so the 30 MB extension
     * face is read only once a text needs it.
     */
    public static List<Run> runs(String text, List<KioskFace> chain) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        KioskFace face = null;
        boolean covered = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            KioskFace pick = null;
            for (KioskFace candidate : chain) {
                if (candidate.covers(cp)) {
                    pick = candidate;
                    break;
                }
            }
            boolean has = pick != null;
            KioskFace use = has ? pick : chain.get(0);
            if (face != null && (use != face || has != covered)) {
                runs.add(new Run(current.toString(), face, covered));
                current.setLength(0);
            }
            face = use;
            covered = has;
            current.appendCodePoint(cp);
        }
        if (face != null) {
            runs.add(new Run(current.toString(), face, covered));
        }
        return runs;
    }
}
