package kiosk.peripherals.idcard.sam;

import kiosk.peripherals.device.DeviceException;

/** The module answered a well-formed frame with a failure status (SW3). */
public final class SamStatusException extends DeviceException {

    private final SamStatus status;

    public SamStatusException(SamStatus status, SamCommand command) {
        // a success code where another was expected (9F to a read) is a protocol violation
        super(status.completion().orElse(kiosk.peripherals.device.CompletionCode.PROTOCOL_ERROR), status.reason(),
                String.format("SAM answered %02X to %s", status.code(), command));
        this.status = status;
    }

    public SamStatus status() {
        return status;
    }

    public boolean isRetryable() {
        return status.isRetryable();
    }
}
