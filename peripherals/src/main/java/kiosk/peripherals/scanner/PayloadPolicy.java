package kiosk.peripherals.scanner;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the kiosk accepts from any QR scanner (wedge, serial, camera): a size limit and one charset
 * rule. Phones and payment apps encode UTF-8; older Chinese generators emit GB18030 (GBK) bytes.
 * So the bytes must be valid UTF-8, else valid GB18030, else they are rejected: a lossy decode would
 * turn a code into a different, wrong code.
 *
 * <p>Both decoders are strict (malformed and unmappable input is an error, never U+FFFD), so a
 * payload either decodes exactly or fails with a typed {@link PayloadException}.
 */
public final class PayloadPolicy {

    /** Enough for any kiosk code (a QR version 40 holds at most 2953 bytes). */
    public static final int DEFAULT_MAX_BYTES = 2953;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final int maxBytes;

    public PayloadPolicy(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public static PayloadPolicy standard() {
        return new PayloadPolicy(DEFAULT_MAX_BYTES);
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The text of raw payload bytes and the charset that decoded them. */
    public record Decoded(String text, String charset) {
        @Override
        public String toString() {
            return "Decoded[" + text.length() + " chars, " + charset + "]";
        }
    }

    /** Checks size and decodes: UTF-8 (a leading BOM dropped), else GB18030, else rejects. */
    public Decoded decode(byte[] raw) throws PayloadException {
        checkSize(raw.length);
        byte[] body = startsWithBom(raw) ? Arrays.copyOfRange(raw, UTF8_BOM.length, raw.length) : raw;
        if (body.length == 0) {
            throw new PayloadException(PayloadException.Rule.EMPTY, "empty payload");
        }
        String utf8 = strictDecode(body, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String gb = strictDecode(body, GB18030);
        if (gb != null) {
            return new Decoded(gb, "GB18030");
        }
        throw new PayloadException(PayloadException.Rule.UNDECODABLE,
                "payload of " + raw.length + " bytes is neither valid UTF-8 nor valid GB18030");
    }

    /** Applies the policy to raw bytes and wraps the result as a code from the given source. */
    public ScannedCode accept(byte[] raw, ScannedCode.Source source) throws PayloadException {
        Decoded decoded = decode(raw);
        return new ScannedCode(decoded.text(), decoded.charset(), source, Instant.now());
    }

    /**
     * Applies the policy to text a scanner already decoded (a keyboard wedge types characters; a
     * camera decoder returns a string): the size is its UTF-8 length, lone surrogates are rejected.
     */
    public ScannedCode acceptText(String text, ScannedCode.Source source) throws PayloadException {
        if (text.isEmpty()) {
            throw new PayloadException(PayloadException.Rule.EMPTY, "empty payload");
        }
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            checkSize(bytes.remaining());
        } catch (CharacterCodingException e) {
            throw new PayloadException(PayloadException.Rule.UNDECODABLE,
                    "payload text of " + text.length() + " chars holds an unpaired surrogate");
        }
        return new ScannedCode(text, "UTF-8", source, Instant.now());
    }

    private void checkSize(int length) throws PayloadException {
        if (length == 0) {
            throw new PayloadException(PayloadException.Rule.EMPTY, "empty payload");
        }
        if (length > maxBytes) {
            throw new PayloadException(PayloadException.Rule.TOO_LARGE,
                    "payload of " + length + " bytes exceeds the limit of " + maxBytes);
        }
    }

    private static boolean startsWithBom(byte[] raw) {
        return raw.length >= 3 && raw[0] == UTF8_BOM[0] && raw[1] == UTF8_BOM[1] && raw[2] == UTF8_BOM[2];
    }

    private static String strictDecode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
