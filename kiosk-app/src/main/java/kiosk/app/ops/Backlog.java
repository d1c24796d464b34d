package kiosk.app.ops;

import java.time.Instant;
import java.util.Optional;

/** Items waiting to be sent, and when the oldest of them was written. */
public record Backlog(int count, Optional<Instant> oldest) {

    public static final Backlog EMPTY = new Backlog(0, Optional.empty());
}
