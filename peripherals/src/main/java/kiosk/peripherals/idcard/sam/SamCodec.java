package kiosk.peripherals.idcard.sam;

import java.io.ByteArrayOutputStream;

/**
 * SAM frames: {@code AA AA AA 96 69 | LEN (2 bytes, big-endian) | BODY | CHK}. LEN counts the body
 * and the checksum; CHK is the XOR of the two length bytes and the body. A request body is
 * {@code CMD PARA DATA}, a reply body {@code SW1 SW2 SW3 DATA}.
 */
public final class SamCodec {

    public static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Preamble plus the two length bytes. */
    public static final int HEADER_SIZE = 7;
    /** Smallest LEN: CMD PARA CHK. */
    public static final int MIN_LENGTH = 3;
    /** Largest LEN we accept; the biggest real reply (text, photo, fingerprints) is about 2.3 KB. */
    public static final int MAX_LENGTH = 4096;

    private SamCodec() {
    }

    /** XOR of {@code bytes[from, to)}. */
    public static int checksum(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return x & 0xFF;
    }

    /** Wraps a body into a complete frame. */
    public static byte[] frame(byte[] body) {
        int length = body.length + 1;
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("frame body too long: " + body.length);
        }
        byte[] frame = new byte[HEADER_SIZE + length];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (length >>> 8);
        frame[6] = (byte) length;
        System.arraycopy(body, 0, frame, HEADER_SIZE, body.length);
        frame[frame.length - 1] = (byte) checksum(frame, PREAMBLE.length, frame.length - 1);
        return frame;
    }

    public static byte[] request(SamCommand command) {
        return request(command.cmd(), command.para(), new byte[0]);
    }

    public static byte[] request(int cmd, int para, byte[] data) {
        return frame(concat(new byte[] {(byte) cmd, (byte) para}, data));
    }

    public static byte[] reply(int sw1, int sw2, int sw3, byte[] data) {
        return frame(concat(new byte[] {(byte) sw1, (byte) sw2, (byte) sw3}, data));
    }

    public static byte[] reply(SamStatus status, byte[] data) {
        return reply(0, 0, status.code(), data);
    }

    /** Reads a reply body (SW1 SW2 SW3 DATA). */
    public static SamReply decodeReply(byte[] body) throws SamProtocolException {
        if (body.length < 3) {
            throw new SamProtocolException(SamProtocolException.Kind.BAD_LENGTH, "reply shorter than its status words");
        }
        byte[] data = new byte[body.length - 3];
        System.arraycopy(body, 3, data, 0, data.length);
        try {
            return new SamReply(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, data); // keeps its own copy
        } finally {
            java.util.Arrays.fill(data, (byte) 0);
        }
    }

    /** Exactly one complete frame, nothing before or after: for frames pasted by a person. */
    public static byte[] decodeSingleFrame(byte[] bytes) throws SamProtocolException {
        if (bytes.length < PREAMBLE.length || !startsWithPreamble(bytes)) {
            throw new SamProtocolException(SamProtocolException.Kind.NO_FRAME, "input does not start with AA AA AA 96 69");
        }
        SamFrameAssembler assembler = new SamFrameAssembler();
        assembler.feed(bytes, 0, bytes.length);
        byte[] body = assembler.next().orElseThrow(() -> new SamProtocolException(
                SamProtocolException.Kind.TRUNCATED, "frame is shorter than its length field says"));
        if (assembler.buffered() > 0) {
            throw new SamProtocolException(SamProtocolException.Kind.TRAILING_BYTES,
                    assembler.buffered() + " bytes follow the frame");
        }
        return body;
    }

    /** Parses hex digits, ignoring whitespace, commas, "0x" prefixes and colons. */
    public static byte[] parseHex(String text) throws SamProtocolException {
        String clean = text.replaceAll("(?i)0x", "").replaceAll("[\\s,:]", "");
        if (clean.isEmpty() || clean.length() % 2 != 0 || !clean.matches("[0-9A-Fa-f]+")) {
            throw new SamProtocolException(SamProtocolException.Kind.BAD_HEX,
                    "expected an even number of hex digits (spaces allowed)");
        }
        byte[] out = new byte[clean.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(clean.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    public static String toHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }

    static boolean startsWithPreamble(byte[] bytes) {
        for (int i = 0; i < PREAMBLE.length; i++) {
            if (bytes[i] != PREAMBLE[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
