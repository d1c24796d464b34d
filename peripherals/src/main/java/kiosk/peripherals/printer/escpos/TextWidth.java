package kiosk.peripherals.printer.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * Column arithmetic of a receipt printer's fixed grid: an ASCII character takes one column (12 dots
 * in font A), a CJK or full-width character two.
 */
public final class TextWidth {

    /** Dots per column in font A (12 x 24). */
    public static final int COLUMN_DOTS = 12;

    private TextWidth() {
    }

    public static int columns(int paperWidthDots) {
        return paperWidthDots / COLUMN_DOTS;
    }

    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    public static int width(int cp) {
        return isWide(cp) ? 2 : 1;
    }

    public static int width(CharSequence text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Splits text into pieces of at most {@code columns} columns, never inside a character. */
    public static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = width(cp);
            if (used + w > columns && used > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Key on the left, value on the right; when both do not fit, the value goes right-aligned below. */
    public static List<String> keyValue(String key, String value, int columns) {
        int kw = width(key);
        int vw = width(value);
        List<String> lines = new ArrayList<>();
        if (kw + 1 + vw <= columns) {
            lines.add(key + " ".repeat(columns - kw - vw) + value);
            return lines;
        }
        lines.addAll(wrap(key, columns));
        for (String piece : wrap(value, columns)) {
            lines.add(" ".repeat(columns - width(piece)) + piece);
        }
        return lines;
    }
}
