package kiosk.peripherals.scanner;

import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceException;

/** A scanned payload broke the {@link PayloadPolicy}; the message never contains the payload itself. */
public final class PayloadException extends DeviceException {

    /** Which rule the payload broke. */
    public enum Rule {
        EMPTY("scanner.payload-empty"),
        TOO_LARGE("scanner.payload-too-large"),
        UNDECODABLE("scanner.payload-undecodable");

        private final String reason;

        Rule(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final Rule rule;

    public PayloadException(Rule rule, String message) {
        super(CompletionCode.INVALID_DATA, rule.reason(), message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
