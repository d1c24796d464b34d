package kiosk.peripherals.idcard.sam;

import java.util.Arrays;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.IdCardDataException;
import kiosk.peripherals.idcard.TextBlockLayout;
import kiosk.peripherals.idcard.TextBlockParser;
import kiosk.peripherals.idcard.WltPhoto;

/**
 * The data of a read-base-info reply: text length (2 bytes BE), photo length (2 bytes BE), the
 * 256-byte text block and the 1024-byte WLT photo. The whole reply frame is 1295 bytes.
 */
public final class BaseInfo {

    public static final int TEXT_SIZE = TextBlockLayout.SIZE;
    public static final int PHOTO_SIZE = WltPhoto.SIZE;
    public static final int DATA_SIZE = 4 + TEXT_SIZE + PHOTO_SIZE;
    public static final int FRAME_SIZE = SamCodec.HEADER_SIZE + 3 + DATA_SIZE + 1;
    /** Two fingerprint templates of 512 bytes (read-with-fingerprint replies). */
    static final int FINGERPRINT_MAX = 1024;

    private BaseInfo() {
    }

    /** Builds the reply data from a text block and photo (the simulator's side). */
    public static byte[] encode(byte[] text, byte[] photo) {
        byte[] data = new byte[4 + text.length + photo.length];
        data[0] = (byte) (text.length >>> 8);
        data[1] = (byte) text.length;
        data[2] = (byte) (photo.length >>> 8);
        data[3] = (byte) photo.length;
        System.arraycopy(text, 0, data, 4, text.length);
        System.arraycopy(photo, 0, data, 4 + text.length, photo.length);
        return data;
    }

    /**
     * Decodes a complete read-base-info reply frame (as pasted into {@code diag decode-id}): frame,
     * status, lengths, text block.
     */
    public static CardIdentity decodeFrame(byte[] frame) throws DeviceException {
        byte[] body = SamCodec.decodeSingleFrame(frame);
        if (body.length == 2 && SamCommand.of(body[0] & 0xFF, body[1] & 0xFF).isPresent()) {
            throw new SamProtocolException(SamProtocolException.Kind.UNEXPECTED_REPLY, String.format(
                    "this is the command %s (%02X %02X) sent to the module, not its reply",
                    SamCommand.of(body[0] & 0xFF, body[1] & 0xFF).orElseThrow(), body[0] & 0xFF, body[1] & 0xFF));
        }
        SamReply reply = SamCodec.decodeReply(body);
        SamStatus status = reply.status().orElseThrow(() -> new SamProtocolException(
                SamProtocolException.Kind.UNEXPECTED_REPLY, String.format("unknown status %02X", reply.sw3())));
        if (status != SamStatus.SUCCESS) {
            throw new SamStatusException(status, SamCommand.READ_BASE_INFO);
        }
        return decode(reply.data());
    }

    /**
     * Splits the reply data and parses the text block into an identity. Also takes the reply of the
     * read-with-fingerprint command (30 10) of fingerprint readers: a third length field and the
     * fingerprint data after the photo, which is dropped unread (never needed, never kept).
     */
    public static CardIdentity decode(byte[] data) throws SamProtocolException, IdCardDataException {
        if (data.length < 4) {
            throw new SamProtocolException(SamProtocolException.Kind.UNEXPECTED_REPLY, "base info shorter than its length fields");
        }
        int textLength = (data[0] & 0xFF) << 8 | (data[1] & 0xFF);
        int photoLength = (data[2] & 0xFF) << 8 | (data[3] & 0xFF);
        int header = 4;
        int fingerprintLength = 0;
        if (data.length != 4 + textLength + photoLength && data.length >= 6) {
            int announced = (data[4] & 0xFF) << 8 | (data[5] & 0xFF);
            if (announced <= FINGERPRINT_MAX && data.length == 6 + textLength + photoLength + announced) {
                header = 6;
                fingerprintLength = announced;
            }
        }
        int expected = header + textLength + photoLength + fingerprintLength;
        if (textLength != TEXT_SIZE || photoLength > PHOTO_SIZE || data.length != expected) {
            throw new SamProtocolException(SamProtocolException.Kind.UNEXPECTED_REPLY, "base info lengths "
                    + textLength + "/" + photoLength + " do not fit " + (data.length - 4) + " data bytes");
        }
        byte[] text = Arrays.copyOfRange(data, header, header + textLength);
        byte[] photo = Arrays.copyOfRange(data, header + textLength, header + textLength + photoLength);
        try {
            return TextBlockParser.parse(text, new WltPhoto(photo));
        } finally {
            Arrays.fill(text, (byte) 0);
            Arrays.fill(photo, (byte) 0);
        }
    }
}
