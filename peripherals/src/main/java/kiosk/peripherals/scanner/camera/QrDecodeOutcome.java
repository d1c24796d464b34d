package kiosk.peripherals.scanner.camera;

import java.time.Duration;
import java.util.Objects;

/**
 * What decoding one frame came to. A frame without a readable code is a normal result, not an exception.
 * Payload contents are never printed by toString(): a payment code is as good as money.
 */
public sealed interface QrDecodeOutcome {

    /** Wall time spent on the frame. */
    Duration elapsed();

    /** A code was found and its payload passed the payload policy. */
    record Decoded(String text, byte[] payload, String attempt, Duration elapsed) implements QrDecodeOutcome {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(elapsed, "elapsed");
        }

        @Override
        public String toString() {
            return "Decoded[" + payload.length + " bytes, attempt=" + attempt + ", elapsed=" + elapsed.toMillis() + "ms]";
        }
    }

    /** Every attempt ran (or the budget ran out first) without finding a readable code. */
    record NoCodeFound(int attemptsTried, boolean budgetExhausted, Duration elapsed) implements QrDecodeOutcome {
    }

    /** A code was read but its payload broke the payload policy; {@code reason} is a stable code. */
    record PayloadRejected(String reason, String attempt, Duration elapsed) implements QrDecodeOutcome {
    }
}
