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
