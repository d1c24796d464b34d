package kiosk.peripherals.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * One code read by a scanner: its text (already checked against the {@link PayloadPolicy}), the
 * character set its bytes were decoded with, where it came from and when.
 *
 * <p>A code may carry personal data (an appointment token, a payment link with a name), so
 * {@link #toString()} shows only its length.
 */
public record ScannedCode(String text, String charset, Source source, Instant at) {

    /** The kind of scanner that produced the code. */
    public enum Source { KEYBOARD_WEDGE, SERIAL, CAMERA }

    public ScannedCode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
        at = at == null ? Instant.now() : at;
    }

    @Override
    public String toString() {
        return "ScannedCode[" + text.length() + " chars, " + charset + ", " + source + ", " + at + "]";
    }
}
