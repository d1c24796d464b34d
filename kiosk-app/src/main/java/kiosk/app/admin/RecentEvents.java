package kiosk.app.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.Subscription;

/**
 * The last events staff can read in admin mode: device status changes and errors, admin actions, and
 * whatever the kiosk adds. Bounded, in memory, masked on the way in: a card's data never gets here
 * (data events are counted, not copied).
 */
public final class RecentEvents {

    /** One line of the events screen. */
    public record Event(Instant at, String source, String text) {
    }

    private final int capacity;
    private final Clock clock;
    private final Deque<Event> events = new ArrayDeque<>();

    public RecentEvents(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    public void add(String source, String text) {
        Event e = new Event(clock.instant(), source, PersonalDataMask.mask(text));
        synchronized (events) {
            events.addFirst(e);
            while (events.size() > capacity) {
                events.removeLast();
            }
        }
    }

    /** Newest first. */
    public List<Event> recent(int limit) {
        synchronized (events) {
            return new ArrayList<>(events).subList(0, Math.min(limit, events.size()));
        }
    }

    /** Collects the device manager's status changes and errors. */
    public Subscription attach(DeviceManager devices) {
        return devices.subscribe(event -> {
            if (event instanceof DeviceEvent.StatusChanged change) {
                add(change.deviceId(), change.previous().state() + " -> " + change.current().summary());
            } else if (event instanceof DeviceEvent.Error error) {
                add(error.deviceId(), error.error().reason() + " (" + error.error().code() + ")");
            } else if (event instanceof DeviceEvent.Data<?> data) {
                add(data.deviceId(), "data: " + data.payload().getClass().getSimpleName());
            }
        });
    }
}
