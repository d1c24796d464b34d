package kiosk.app.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.time.Instant;
import java.util.Objects;

/**
 * One traffic violation as the backend reports it: {@code location} the place in Chinese as recorded,
 * {@code place} the same in every kiosk language (pinyin in English), empty from a backend that sends none.
 */
public record Violation(String violationId, String plate, Instant occurredAt, String location, LocalizedText place,
                        LocalizedText description, long fineCents, int points, Status status, boolean payable) {

    /** Where a violation stands: the kiosk says "paid" or "at a counter" from this, never from words. */
    public enum Status {
        UNPAID, PAID, COUNTER_ONLY,
        @JsonEnumDefaultValue UNKNOWN
    }

    public Violation {
        Model.require(violationId, "violationId");
        Model.check(fineCents >= 0, "negative fine");
        status = Objects.requireNonNullElse(status, Status.UNKNOWN);
        description = Objects.requireNonNullElse(description, new LocalizedText(java.util.Map.of()));
        place = place != null ? place : new LocalizedText(location == null ? java.util.Map.of() : java.util.Map.of("zh-CN", location));
    }
}
