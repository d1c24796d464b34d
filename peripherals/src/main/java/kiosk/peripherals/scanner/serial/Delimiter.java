package kiosk.peripherals.scanner.serial;

import java.util.Locale;

/** What ends one code on a serial scanner's line: its configured terminator. */
public enum Delimiter {
    CR(new byte[] {'\r'}),
    LF(new byte[] {'\n'}),
    CRLF(new byte[] {'\r', '\n'});

    private final byte[] bytes;

    Delimiter(byte[] bytes) {
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public static Delimiter parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("delimiter must be CR, LF or CRLF, not '" + value + "'");
        }
    }
}
