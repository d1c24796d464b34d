package kiosk.peripherals.idcard.sam;

import java.util.Optional;

/** A decoded reply: the three status words and the data. Data may hold personal data: never printed. */
public record SamReply(int sw1, int sw2, int sw3, byte[] data) {

    public SamReply {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Zeroes the data (a card's personal data) once it has been decoded. */
    public void wipe() {
        java.util.Arrays.fill(data, (byte) 0);
    }

    public Optional<SamStatus> status() {
        return SamStatus.of(sw3);
    }

    @Override
    public String toString() {
        return String.format("SamReply[sw=%02X %02X %02X, %d data bytes]", sw1, sw2, sw3, data.length);
    }
}
