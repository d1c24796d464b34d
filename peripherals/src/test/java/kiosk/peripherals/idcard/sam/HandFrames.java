package kiosk.peripherals.idcard.sam;

import java.io.ByteArrayOutputStream;

/** Builds SAM frames by hand, with its own checksum, independent of SamCodec. */
final class HandFrames {

    private HandFrames() {
    }

    /** AA AA AA 96 69, length (body + checksum, big-endian), body, XOR of length and body. */
    static byte[] frame(int... body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int len = body.length + 1;
        int[] head = {0xAA, 0xAA, 0xAA, 0x96, 0x69, (len >> 8) & 0xFF, len & 0xFF};
        for (int b : head) {
            out.write(b);
        }
        int chk = head[5] ^ head[6];
        for (int b : body) {
            out.write(b);
            chk ^= b & 0xFF;
        }
        out.write(chk);
        return out.toByteArray();
    }

    static byte[] frameWithData(int[] prefix, byte[] data) {
        int[] body = new int[prefix.length + data.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        for (int i = 0; i < data.length; i++) {
            body[prefix.length + i] = data[i] & 0xFF;
        }
        return frame(body);
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
