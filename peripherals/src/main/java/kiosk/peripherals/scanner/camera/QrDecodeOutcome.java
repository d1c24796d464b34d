package kiosk.peripherals.scanner.camera;

import java.time.Duration;
import java.util.Objects;
import kiosk.peripherals.scanner.PayloadException;
import kiosk.peripherals.scanner.ScannedCode;

/**
 * What decoding one frame came to. A frame without a readable code is a normal result, not an exception.
 * Payload text is never printed by toString() ({@link ScannedCode} masks it): a payment code is as good as money.
 */
public sealed interface QrDecodeOutcome {

    /** Wall time spent on the frame. */
    Duration elapsed();

    /** A code was found and its payload passed the payload policy; {@code attempt} names the attempt that read it. */
    record Decoded(ScannedCode code, String attempt, Duration elapsed) implements QrDecodeOutcome {
        public Decoded {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    /** Every attempt ran (or the time budget ran out first) without finding a readable code. */
    record NoCodeFound(int attemptsTried, boolean budgetExhausted, Duration elapsed) implements QrDecodeOutcome {
    }

    /**
     * A code was read but its payload broke the payload policy (too large, empty, neither UTF-8 nor GB18030).
     * {@code reason} is the policy's stable reason code, e.g. "scanner.payload-too-large".
     */
    record PayloadRejected(PayloadException.Rule rule, String reason, String attempt, Duration elapsed) implements QrDecodeOutcome {
    }
}
