package kiosk.peripherals.idcard.sam;

import java.util.Optional;

/** Rates the module's UART accepts with command 60 xx (PARA = code). */
public enum BaudRate {
    B115200(115200, 0x00),
    B57600(57600, 0x01),
    B38400(38400, 0x02),
    B19200(19200, 0x03),
    B9600(9600, 0x04);

    private final int bitsPerSecond;
    private final int code;

    BaudRate(int bitsPerSecond, int code) {
        this.bitsPerSecond = bitsPerSecond;
        this.code = code;
    }

    public int bitsPerSecond() {
        return bitsPerSecond;
    }

    public int code() {
        return code;
    }

    public static Optional<BaudRate> ofCode(int code) {
        for (BaudRate b : values()) {
            if (b.code == code) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    public static Optional<BaudRate> of(int bitsPerSecond) {
        for (BaudRate b : values()) {
            if (b.bitsPerSecond == bitsPerSecond) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
