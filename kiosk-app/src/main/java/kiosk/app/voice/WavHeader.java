package kiosk.app.voice;

import java.io.DataInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;

/** Reads a streamed RIFF/WAVE header up to the data chunk (espeak-ng leaves the sizes unset). */
final class WavHeader {

    private WavHeader() {
    }

    static AudioFormat read(DataInputStream in) throws IOException {
        if (!"RIFF".equals(tag(in))) {
            throw new IOException("not a WAV stream");
        }
        le32(in);
        if (!"WAVE".equals(tag(in))) {
            throw new IOException("not a WAV stream");
        }
        AudioFormat format = null;
        while (true) {
            String chunk = tag(in);
            long size = le32(in) & 0xffffffffL;
            if ("fmt ".equals(chunk)) {
                int encoding = le16(in);
                int channels = le16(in);
                int rate = le32(in);
                le32(in);
                le16(in);
                int bits = le16(in);
                in.skipNBytes(size - 16);
                if (encoding != 1) {
                    throw new IOException("WAV is not PCM");
                }
                format = new AudioFormat(rate, bits, channels, true, false);
            } else if ("data".equals(chunk)) {
                if (format == null) {
                    throw new IOException("WAV data before its format");
                }
                return format;
            } else {
                in.skipNBytes(size);
            }
        }
    }

    private static String tag(DataInputStream in) throws IOException {
        byte[] b = in.readNBytes(4);
        if (b.length < 4) {
            throw new IOException("WAV stream ended in its header");
        }
        return new String(b, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static int le16(DataInputStream in) throws IOException {
        return in.readUnsignedByte() | in.readUnsignedByte() << 8;
    }

    private static int le32(DataInputStream in) throws IOException {
        return le16(in) | le16(in) << 16;
    }
}
