package kiosk.peripherals.idcard;

/** An 18-character citizen identity number (GB 11643) that is not valid. */
public final class IdNumberException extends IdCardDataException {

    public IdNumberException(String reason, String message) {
        super(reason, message);
    }
}
