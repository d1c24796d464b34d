package kiosk.peripherals.idcard.pcsc;

import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;

/** A PC/SC failure with a stable reason: "pcsc.unavailable", "pcsc.card-removed", "pcsc.timeout", ... */
public final class PcscException extends DeviceException {

    public PcscException(CompletionCode code, String reason, String message) {
        super(code, reason, message);
    }

    public PcscException(CompletionCode code, String reason, String message, Throwable cause) {
        super(code, reason, message, cause);
    }
}
