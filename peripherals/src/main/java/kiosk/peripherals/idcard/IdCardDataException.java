package kiosk.peripherals.idcard;

import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;

/**
 * The data read from a card does not make a valid identity: a field is malformed, the card type is
 * unknown or unsupported. Messages name the field, never its content.
 */
public class IdCardDataException extends DeviceException {

    public IdCardDataException(String reason, String message) {
        super(CompletionCode.INVALID_DATA, reason, message);
    }

    public IdCardDataException(String reason, String message, Throwable cause) {
        super(CompletionCode.INVALID_DATA, reason, message, cause);
    }
}
