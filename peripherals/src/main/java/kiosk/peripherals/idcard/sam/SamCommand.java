package kiosk.peripherals.idcard.sam;

/** SAM module commands: CMD and PARA bytes, and how long the module may take to answer. */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF, 1000),
    SAM_STATUS(0x11, 0xFF, 500),
    SAM_ID(0x12, 0xFF, 500),
    FIND_CARD(0x20, 0x01, 500),
    SELECT_CARD(0x20, 0x02, 500),
    READ_BASE_INFO(0x30, 0x01, 3000),
    READ_APPENDED_ADDRESS(0x30, 0x03, 1500),
    SET_BAUD(0x60, 0x00, 500);

    private final int cmd;
    private final int para;
    private final int typicalMillis;

    SamCommand(int cmd, int para, int typicalMillis) {
        this.cmd = cmd;
        this.para = para;
        this.typicalMillis = typicalMillis;
    }

    public int cmd() {
        return cmd;
    }

    /** The PARA byte; for SET_BAUD the rate code replaces it. */
    public int para() {
        return para;
    }

    /** The module's usual worst case; a driver's timeout should not be shorter. */
    public int typicalMillis() {
        return typicalMillis;
    }

    /** The command a request's CMD and PARA bytes name; SET_BAUD for any 60 xx. */
    public static java.util.Optional<SamCommand> of(int cmd, int para) {
        for (SamCommand c : values()) {
            if (c.cmd == cmd && (c == SET_BAUD || c.para == para)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
