package kiosk.peripherals.printer.escpos;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;

/**
 * The double-byte code system a receipt printer's firmware speaks in Chinese mode (FS &amp;). It is a
 * per-printer setting: mainland printers ship with GB18030 (older ones GB2312), Taiwan and Hong Kong
 * models with BIG5.
 */
public enum PrinterCharset {
    /** GB18030-2000 with its built-in font up to CJK Ext-A; no glyphs outside the BMP. */
    GB18030("GB18030"),
    /** EUC-CN, the 6763 hanzi of GB 2312: no rare name characters. */
    GB2312("GB2312"),
    /** Traditional Chinese. */
    BIG5("Big5");

    private final Charset charset;

    PrinterCharset(String javaName) {
        this.charset = Charset.forName(javaName);
    }

    public Charset charset() {
        return charset;
    }

    /** Parses a setting value such as "gb18030", "GB2312", "big5". */
    public static PrinterCharset parse(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace("-", "");
        for (PrinterCharset c : values()) {
            if (c.name().equals(v)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown printer encoding '" + value + "' (GB18030, GB2312, BIG5)");
    }

    /**
     * Whether the printer's own font prints every character of the text. Characters outside the
     * BMP are never in a printer font, even where GB18030 has a code for them.
     */
    public boolean canPrint(CharSequence text) {
        CharsetEncoder encoder = charset.newEncoder();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (Character.isSupplementaryCodePoint(cp) || Character.isISOControl(cp)) {
                return false;
            }
            if (!encoder.canEncode(text.charAt(i))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    public byte[] encode(String text) {
        return text.getBytes(charset);
    }
}
