package kiosk.peripherals.idcard.sam;

import java.util.Optional;
import kiosk.peripherals.device.CompletionCode;

/**
 * The SW3 status byte of a SAM reply, each with what it means for the kiosk: a completion code for
 * failures, a stable reason, whether trying again with the same card can help, and whether the
 * module itself is at fault (then the device leaves ONLINE).
 */
public enum SamStatus {
    SUCCESS(0x90, null, "sam.ok", false, false),
    FIND_CARD_OK(0x9F, null, "sam.card-found", false, false),
    CHECKSUM_ERROR(0x10, CompletionCode.PROTOCOL_ERROR, "sam.status.checksum-error", true, false),
    LENGTH_ERROR(0x11, CompletionCode.PROTOCOL_ERROR, "sam.status.length-error", true, false),
    COMMAND_ERROR(0x21, CompletionCode.PROTOCOL_ERROR, "sam.status.command-error", false, false),
    UNRECOGNISED(0x24, CompletionCode.PROTOCOL_ERROR, "sam.status.unrecognised", false, false),
    CARD_AUTH_FAILED(0x31, CompletionCode.USER_ERROR, "sam.card-auth-failed", true, false),
    READER_AUTH_FAILED(0x32, CompletionCode.FRAUD_ATTEMPT, "sam.card-not-authentic", false, false),
    VERIFICATION_FAILED(0x33, CompletionCode.INVALID_DATA, "sam.verification-failed", true, false),
    WRONG_CARD_TYPE(0x40, CompletionCode.USER_ERROR, "sam.wrong-card-type", false, false),
    READ_FAILED(0x41, CompletionCode.USER_ERROR, "sam.read-failed", true, false),
    RANDOM_NUMBER_FAILED(0x47, CompletionCode.USER_ERROR, "sam.random-number-failed", true, false),
    SELF_TEST_FAILED(0x60, CompletionCode.HARDWARE_ERROR, "sam.self-test-failed", false, true),
    NOT_AUTHORISED(0x66, CompletionCode.HARDWARE_ERROR, "sam.not-authorised", false, true),
    /** Find card found nothing: the normal answer while the field is empty, not a device error. */
    NO_CARD(0x80, CompletionCode.USER_ERROR, "sam.no-card", true, false),
    SELECT_FAILED(0x81, CompletionCode.USER_ERROR, "sam.select-failed", true, false);

    private final int code;
    private final CompletionCode completion;
    private final String reason;
    private final boolean retryable;
    private final boolean moduleFault;

    SamStatus(int code, CompletionCode completion, String reason, boolean retryable, boolean moduleFault) {
        this.code = code;
        this.completion = completion;
        this.reason = reason;
        this.retryable = retryable;
        this.moduleFault = moduleFault;
    }

    public int code() {
        return code;
    }

    public boolean isSuccess() {
        return completion == null;
    }

    /** Empty for the two success codes. */
    public Optional<CompletionCode> completion() {
        return Optional.ofNullable(completion);
    }

    public String reason() {
        return reason;
    }

    /** Whether the same card may read on a second try (it moved, the field was noisy). */
    public boolean isRetryable() {
        return retryable;
    }

    /** Whether the module itself is broken: staff with tools or a new SAM are needed. */
    public boolean isModuleFault() {
        return moduleFault;
    }

    public static Optional<SamStatus> of(int sw3) {
        for (SamStatus status : values()) {
            if (status.code == (sw3 & 0xFF)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
