package kiosk.peripherals.idcard;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A card's validity period; {@code until} is empty for 长期 (no expiry). */
public record Validity(LocalDate from, Optional<LocalDate> until) {

    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("validity ends before it starts");
        }
    }

    public static Validity between(LocalDate from, LocalDate until) {
        return new Validity(from, Optional.of(until));
    }

    public static Validity longTerm(LocalDate from) {
        return new Validity(from, Optional.empty());
    }

    public boolean isLongTerm() {
        return until.isEmpty();
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
    }
}
