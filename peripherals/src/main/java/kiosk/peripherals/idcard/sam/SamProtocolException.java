package kiosk.peripherals.idcard.sam;

import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;

/** The bytes on the link do not make a valid SAM frame, or no frame came in time, or the link is gone. */
public final class SamProtocolException extends DeviceException {

    /** What went wrong, each with its completion code and stable reason. */
    public enum Kind {
        BAD_CHECKSUM(CompletionCode.PROTOCOL_ERROR, "sam.bad-checksum"),
        BAD_LENGTH(CompletionCode.PROTOCOL_ERROR, "sam.bad-length"),
        TRUNCATED(CompletionCode.PROTOCOL_ERROR, "sam.truncated-frame"),
        NO_FRAME(CompletionCode.PROTOCOL_ERROR, "sam.no-frame"),
        TRAILING_BYTES(CompletionCode.PROTOCOL_ERROR, "sam.trailing-bytes"),
        UNEXPECTED_REPLY(CompletionCode.PROTOCOL_ERROR, "sam.unexpected-reply"),
        TIMEOUT(CompletionCode.TIME_OUT, "sam.timeout"),
        /** Input given by a person (diagnostics) is not hexadecimal bytes. */
        BAD_HEX(CompletionCode.INVALID_DATA, "sam.bad-hex"),
        LINK_LOST(CompletionCode.NO_DEVICE, "sam.link-lost");

        private final CompletionCode code;
        private final String reason;

        Kind(CompletionCode code, String reason) {
            this.code = code;
            this.reason = reason;
        }

        public CompletionCode code() {
            return code;
        }

        public String reason() {
            return reason;
        }
    }

    private final Kind kind;

    public SamProtocolException(Kind kind, String message) {
        super(kind.code(), kind.reason(), message);
        this.kind = kind;
    }

    public SamProtocolException(Kind kind, String message, Throwable cause) {
        super(kind.code(), kind.reason(), message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
