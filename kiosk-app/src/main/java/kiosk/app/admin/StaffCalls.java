package kiosk.app.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Residents' "call staff" requests: raised by the resident flow (the help button), listed in admin mode
 * oldest first until a staff member answers. Holds no personal data: only when and from which screen.
 */
public final class StaffCalls {

    /** One request; {@code answeredBy} empty while open. */
    public record Call(long id, Instant raisedAt, String screen, Optional<String> answeredBy, Optional<Instant> answeredAt) {
        public boolean open() {
            return answeredBy.isEmpty();
        }
    }

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final List<Call> calls = new ArrayList<>();
    private final List<Consumer<List<Call>>> listeners = new CopyOnWriteArrayList<>();

    public StaffCalls(Clock clock) {
        this.clock = clock;
    }

    /** A resident asks for staff from {@code screen} (a screen name, never what they typed). */
    public Call raise(String screen) {
        Call call = new Call(ids.incrementAndGet(), clock.instant(), screen, Optional.empty(), Optional.empty());
        synchronized (calls) {
            calls.add(call);
        }
        notifyListeners();
        return call;
    }

    public Optional<Call> answer(long id, String staffId) {
        Optional<Call> answered;
        synchronized (calls) {
            answered = calls.stream().filter(c -> c.id() == id && c.open()).findFirst().map(c -> {
                Call done = new Call(c.id(), c.raisedAt(), c.screen(), Optional.of(staffId), Optional.of(clock.instant()));
                calls.set(calls.indexOf(c), done);
                return done;
            });
        }
        answered.ifPresent(c -> notifyListeners());
        return answered;
    }

    public List<Call> open() {
        synchronized (calls) {
            return calls.stream().filter(Call::open).toList();
        }
    }

    /** Told of every change (on the caller's thread). */
    public void subscribe(Consumer<List<Call>> listener) {
        listeners.add(listener);
    }

    private void notifyListeners() {
        List<Call> open = open();
        listeners.forEach(l -> l.accept(open));
    }
}
