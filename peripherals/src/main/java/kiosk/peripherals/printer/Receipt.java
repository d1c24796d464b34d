package kiosk.peripherals.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A printer-neutral receipt: what to print, not how. The ESC/POS encoder turns it into bytes for a
 * receipt printer and the document printer lays it out on A4; the kiosk composes it from resource
 * bundle texts and never from raw printer commands.
 */
public record Receipt(List<Line> lines) {

    public Receipt {
        lines = List.copyOf(lines);
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /** Font A line (24 dots plus 6 of spacing) at 8 dots a millimetre, the common 203 dpi head. */
    private static final double LINE_MM = 30 / 8.0;
    /** Paper fed past the head to reach the cutter, and the margin after the cut. */
    private static final double CUT_MM = 20;

    /**
     * About how much paper the receipt takes, in millimetres, for a paper gauge: a text line (times its
     * scale), a QR code of version about 4 (33 modules and the quiet zone), the feed to the cutter.
     * An estimate, not a measurement: printers differ by a few per cent.
     */
    public double lengthMm() {
        double mm = CUT_MM;
        for (Line line : lines) {
            if (line instanceof Text t) {
                mm += LINE_MM * Math.max(1, t.scale());
            } else if (line instanceof Qr q) {
                mm += (33 + 8) * Math.max(1, q.moduleSize()) / 8.0;
            } else if (line instanceof Feed f) {
                mm += LINE_MM * f.lines();
            } else {
                mm += LINE_MM;
            }
        }
        return mm;
    }

    /** One element of a receipt, top to bottom. */
    public sealed interface Line permits Text, KeyValue, Qr, Rule, Feed {
    }

    /** A paragraph; {@code scale} 1 is normal, 2 double width and height. */
    public record Text(String text, Align align, boolean bold, int scale) implements Line {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            if (scale < 1 || scale > 8) {
                throw new IllegalArgumentException("scale must be 1..8");
            }
        }

        /** A receipt line may carry a name or an ID number: only its shape is shown. */
        @Override
        public String toString() {
            return "Text[" + text.length() + " chars, " + align + (bold ? ", bold" : "") + ", x" + scale + "]";
        }
    }

    /** A label on the left and a value on the right of the same line. */
    public record KeyValue(String key, String value) implements Line {
        /** Keys are labels; values may be personal data and are shown by length only. */
        @Override
        public String toString() {
            return "KeyValue[" + key + ": " + (value == null ? 0 : value.length()) + " chars]";
        }
    }

    /** A QR code; {@code errorCorrection} is one of L, M, Q, H. */
    public record Qr(String payload, char errorCorrection, int moduleSize) implements Line {
        public Qr {
            if ("LMQH".indexOf(errorCorrection) < 0) {
                throw new IllegalArgumentException("error correction must be L, M, Q or H");
            }
        }

        @Override
        public String toString() {
            return "Qr[" + (payload == null ? 0 : payload.length()) + " chars, " + errorCorrection + ", module "
                    + moduleSize + "]";
        }
    }

    /** A horizontal separator. */
    public record Rule() implements Line {
    }

    /** Blank lines. */
    public record Feed(int lines) implements Line {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Line> lines = new ArrayList<>();

        public Builder title(String text) {
            lines.add(new Text(text, Align.CENTER, true, 2));
            return this;
        }

        public Builder text(String text) {
            lines.add(new Text(text, Align.LEFT, false, 1));
            return this;
        }

        public Builder text(String text, Align align, boolean bold, int scale) {
            lines.add(new Text(text, align, bold, scale));
            return this;
        }

        public Builder pair(String key, String value) {
            lines.add(new KeyValue(key, value));
            return this;
        }

        public Builder qr(String payload) {
            lines.add(new Qr(payload, 'M', 6));
            return this;
        }

        public Builder rule() {
            lines.add(new Rule());
            return this;
        }

        public Builder feed(int n) {
            lines.add(new Feed(n));
            return this;
        }

        public Receipt build() {
            return new Receipt(lines);
        }
    }
}
