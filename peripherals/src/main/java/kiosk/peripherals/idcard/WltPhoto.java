package kiosk.peripherals.idcard;

import java.util.Arrays;

/**
 * The card's photo: 1024 bytes of WLT data that only a licensed decoder turns into an image (see
 * {@link PhotoDecoder}). Kept opaque; {@link #wipe()} zeroes it once the session is over.
 */
public final class WltPhoto {

    public static final int SIZE = 1024;

    private final byte[] data;
    private volatile boolean wiped;

    public WltPhoto(byte[] data) {
        this.data = data.clone();
    }

    public static WltPhoto empty() {
        return new WltPhoto(new byte[0]);
    }

    /** A copy of the WLT bytes. */
    public byte[] bytes() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    /** Overwrites the bytes with zeros. */
    public void wipe() {
        Arrays.fill(data, (byte) 0);
        wiped = true;
    }

    public boolean isWiped() {
        return wiped;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WltPhoto other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "WltPhoto[" + data.length + " bytes" + (wiped ? ", wiped" : "") + "]";
    }
}
