package kiosk.peripherals.idcard;

/** Sex as coded on the card (GB/T 2261.1): "1" male, "2" female. */
public enum Sex {
    MALE("1"),
    FEMALE("2");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Sex ofCode(String code) throws IdCardDataException {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return sex;
            }
        }
        throw new IdCardDataException("idcard.bad-sex", "sex code is not 1 or 2");
    }
}
