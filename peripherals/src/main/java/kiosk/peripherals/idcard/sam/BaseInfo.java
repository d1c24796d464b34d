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
        SamReply reply = SamCodec.decodeReply(SamCodec.decodeSingleFrame(frame));
        SamStatus status = reply.status().orElseThrow(() -> new SamProtocolException(
                SamProtocolException.Kind.UNEXPECTED_REPLY, String.format("unknown status %02X", reply.sw3())));
        if (status != SamStatus.SUCCESS) {
            throw new SamStatusException(status, SamCommand.READ_BASE_INFO);
        }
        return decode(reply.data());
    }

    /** Splits the reply data and parses the text block into an identity. */
    public static CardIdentity decode(byte[] data) throws SamProtocolException, IdCardDataException {
        if (data.length < 4) {
            throw new SamProtocolException(SamProtocolException.Kind.UNEXPECTED_REPLY, "base info shorter than its length fields");
        }
        int textLength = (data[0] & 0xFF) << 8 | (data[1] & 0xFF);
        int photoLength = (data[2] & 0xFF) << 8 | (data[3] & 0xFF);
        if (textLength != TEXT_SIZE || photoLength > PHOTO_SIZE || data.length != 4 + textLength + photoLength) {
            throw new SamProtocolException(SamProtocolException.Kind.UNEXPECTED_REPLY, "base info lengths "
                    + textLength + "/" + photoLength + " do not fit " + (data.length - 4) + " data bytes");
        }
        byte[] text = Arrays.copyOfRange(data, 4, 4 + textLength);
        byte[] photo = Arrays.copyOfRange(data, 4 + textLength, data.length);
        try {
            return TextBlockParser.parse(text, new WltPhoto(photo));
        } finally {
            Arrays.fill(text, (byte) 0);
            Arrays.fill(photo, (byte) 0);
        }
    }
}
