package kiosk.app.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.PrinterDetail;
import kiosk.peripherals.device.Subscription;

/**
 * Turns device states into urgent events: paper low and out (reported by the printer itself, raised at
 * once), card reader error and other device errors (raised once they last {@code settle}, so a device
 * still opening at start does not page anyone). A condition that goes away is cleared. Evaluated on every
 * status change and by {@link #check()} on a timer, which also catches a problem that ended while the
 * kiosk was off.
 */
public final class DeviceAlarms implements AutoCloseable {

    /** A condition of one device. */
    record Condition(EventKind kind, String device) {
    }

    private static final Set<EventKind> DEVICE_KINDS = EnumSet.of(EventKind.PAPER_LOW, EventKind.PAPER_OUT,
            EventKind.READER_ERROR, EventKind.DEVICE_ERROR);

    private final DeviceManager devices;
    private final UrgentEvents events;
    private final Duration settle;
    private final Clock clock;
    private final Map<Condition, Instant> firstSeen = new HashMap<>();
    private Subscription subscription;

    public DeviceAlarms(DeviceManager devices, UrgentEvents events, Duration settle, Clock clock) {
        this.devices = devices;
        this.events = events;
        this.settle = settle;
        this.clock = clock;
    }

    /** Listens to the devices; work is handed to {@code executor} (device threads must not wait on disk). */
    public void start(java.util.concurrent.Executor executor) {
        subscription = devices.subscribe(e -> {
            if (e instanceof DeviceEvent.StatusChanged) {
                executor.execute(this::check);
            }
        });
    }

    /** Compares every device's state with the problems raised, raising and clearing events. */
    public synchronized void check() {
        Instant now = clock.instant();
        Set<Condition> present = new HashSet<>();
        Set<String> known = new HashSet<>();
        for (Device d : devices.devices()) {
            known.add(d.id());
            present.addAll(conditionsOf(d.id(), d.kind(), d.status()));
        }
        firstSeen.keySet().retainAll(present);
        for (Condition c : present) {
            Instant since = firstSeen.computeIfAbsent(c, k -> now);
            boolean immediate = c.kind() == EventKind.PAPER_LOW || c.kind() == EventKind.PAPER_OUT;
            if (immediate || !now.isBefore(since.plus(settle))) {
                events.raise(c.kind(), c.device());
            }
        }
        for (Map.Entry<EventKind, String> active : events.store().activeProblems()) {
            Condition c = new Condition(active.getKey(), active.getValue());
            // only device conditions of devices still configured; call staff and out of service are not ours
            if (DEVICE_KINDS.contains(c.kind()) && !present.contains(c)) {
                events.clear(c.kind(), c.device());
            }
        }
    }

    static Set<Condition> conditionsOf(String id, DeviceKind kind, DeviceStatus status) {
        Set<Condition> out = new HashSet<>();
        if (status.detail() instanceof PrinterDetail p) {
            if (p.paper() == PrinterDetail.Paper.OUT) {
                out.add(new Condition(EventKind.PAPER_OUT, id));
            } else if (p.paper() == PrinterDetail.Paper.LOW) {
                out.add(new Condition(EventKind.PAPER_LOW, id));
            }
        }
        boolean paperOnly = out.stream().anyMatch(c -> c.kind() == EventKind.PAPER_OUT);
        if (!status.state().isUsable() && !paperOnly) {
            out.add(new Condition(kind == DeviceKind.ID_CARD_READER ? EventKind.READER_ERROR : EventKind.DEVICE_ERROR, id));
        }
        return out;
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
    }
}
