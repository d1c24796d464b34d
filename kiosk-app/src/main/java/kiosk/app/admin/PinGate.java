package kiosk.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kiosk.config.KioskConfig;

/**
 * Who may enter admin mode: a staff PIN (or a staff card's number) checked against the PBKDF2 hashes of
 * the configuration. After {@code pinAttempts} wrong PINs in a row the gate locks for {@code lockout};
 * every further wrong PIN doubles the lock, up to {@code maxLockout}; a right PIN resets it. While locked
 * nothing is checked, so guessing is bounded however fast the keypad is pressed.
 */
public final class PinGate {

    /** The outcome of one attempt. */
    public sealed interface Outcome {
        /** Entry granted to this staff member. */
        record Granted(String staffId) implements Outcome {
        }

        /** Wrong; {@code attemptsLeft} before the gate locks. */
        record Wrong(int attemptsLeft) implements Outcome {
        }

        /** Locked until then (this attempt was not checked, or it was the one that locked). */
        record Locked(Instant until) implements Outcome {
        }
    }

    private final KioskConfig.Admin admin;
    private final Clock clock;
    private int wrongInARow;
    private int lockouts;
    private Instant lockedUntil = Instant.MIN;

    public PinGate(KioskConfig.Admin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    /** Checks a PIN; slow by design (PBKDF2): call it off the FX thread. */
    public synchronized Outcome tryPin(char[] pin) {
        return attempt(staff -> staff.pin().matches(pin));
    }

    /** Checks the number read from a staff card against the staff's card hashes. */
    public synchronized Outcome tryCard(String documentNumber) {
        char[] number = documentNumber.toCharArray();
        try {
            return attempt(staff -> staff.card().map(c -> c.matches(number)).orElse(false));
        } finally {
            java.util.Arrays.fill(number, '\0');
        }
    }

    /** Until when the gate is locked, if it is now. */
    public synchronized Optional<Instant> lockedUntil() {
        return clock.instant().isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    private Outcome attempt(java.util.function.Predicate<KioskConfig.Staff> matches) {
        Instant now = clock.instant();
        if (now.isBefore(lockedUntil)) {
            return new Outcome.Locked(lockedUntil);
        }
        for (KioskConfig.Staff staff : admin.staff()) {
            if (matches.test(staff)) {
                wrongInARow = 0;
                lockouts = 0;
                return new Outcome.Granted(staff.id());
            }
        }
        wrongInARow++;
        if (wrongInARow >= admin.pinAttempts()) {
            Duration lock = admin.lockout().multipliedBy(1L << Math.min(lockouts, 20));
            if (lock.compareTo(admin.maxLockout()) > 0) {
                lock = admin.maxLockout();
            }
            lockouts++;
            wrongInARow = admin.pinAttempts() - 1; // after a lockout one more wrong PIN locks again, for longer
            lockedUntil = now.plus(lock);
            return new Outcome.Locked(lockedUntil);
        }
        return new Outcome.Wrong(admin.pinAttempts() - wrongInARow);
    }
}
