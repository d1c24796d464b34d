package kiosk.peripherals.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;
import java.util.Map;

/**
 * The double-byte code system a receipt printer's firmware speaks in Chinese mode (FS &amp;). It is a
 * per-printer setting: mainland printers ship with GB18030 (older ones GB2312), Taiwan and Hong Kong
 * models with BIG5.
 *
 * <p>GB18030 is pinned to the 2022 edition's mapping, not left to the JDK: JDK 21+ (and recent 17
 * updates) map by GB18030-2022, older ones by 2000/2005, and {@code -Djdk.charset.GB18030=2000}
 * switches back. The editions differ in 18 two-byte codes (10 vertical forms, 8 hanzi of
 * U+9FB4..U+9FBB) that 2000 gave to private-use characters; a printer's font holds the real glyph at
 * those codes, so the 2022 reading is the one that prints right. Private-use characters never print.
 */
public enum PrinterCharset {
    /** GB18030-2000 with its built-in font up to CJK Ext-A; no glyphs outside the BMP. */
    GB18030("GB18030"),
    /** EUC-CN, the 6763 hanzi of GB 2312: no rare name characters. */
    GB2312("GB2312"),
    /** Traditional Chinese. */
    BIG5("Big5");

    /** Code points whose GB18030 bytes the 2000 and 2022 editions disagree on, with their 2022 codes. */
    static final Map<Integer, Integer> GB18030_2022_CODES = Map.ofEntries(
            Map.entry(0xFE10, 0xA6D9), Map.entry(0xFE12, 0xA6DA), Map.entry(0xFE11, 0xA6DB),
            Map.entry(0xFE13, 0xA6DC), Map.entry(0xFE14, 0xA6DD), Map.entry(0xFE15, 0xA6DE),
            Map.entry(0xFE16, 0xA6DF), Map.entry(0xFE17, 0xA6EC), Map.entry(0xFE18, 0xA6ED),
            Map.entry(0xFE19, 0xA6F3), Map.entry(0x9FB4, 0xFE59), Map.entry(0x9FB5, 0xFE61),
            Map.entry(0x9FB6, 0xFE66), Map.entry(0x9FB7, 0xFE67), Map.entry(0x9FB8, 0xFE6D),
            Map.entry(0x9FB9, 0xFE7E), Map.entry(0x9FBA, 0xFE90), Map.entry(0x9FBB, 0xFEA0));

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
            if (Character.isSupplementaryCodePoint(cp) || Character.isISOControl(cp)
                    || Character.getType(cp) == Character.PRIVATE_USE) {
                return false;
            }
            if (!pinned(cp) && !encoder.canEncode(text.charAt(i))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    public byte[] encode(String text) {
        if (this != GB18030 || text.codePoints().noneMatch(this::pinned)) {
            return text.getBytes(charset);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(cp -> {
            Integer code = GB18030_2022_CODES.get(cp);
            if (code == null) {
                run.appendCodePoint(cp);
                return;
            }
            out.writeBytes(run.toString().getBytes(charset));
            run.setLength(0);
            out.write(code >> 8);
            out.write(code & 0xFF);
        });
        out.writeBytes(run.toString().getBytes(charset));
        return out.toByteArray();
    }

    private boolean pinned(int cp) {
        return this == GB18030 && GB18030_2022_CODES.containsKey(cp);
    }
}
