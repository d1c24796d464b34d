package kiosk.peripherals.device;

import java.util.concurrent.atomic.AtomicReference;

/** Status bookkeeping and event publishing shared by every driver. */
public abstract class AbstractDevice implements Device {

    private final String id;
    private final DeviceKind kind;
    private final DeviceEvents events = new DeviceEvents();
    private final AtomicReference<DeviceStatus> status =
            new AtomicReference<>(DeviceStatus.of(DeviceState.OFFLINE, StatusDetail.NONE, "not-opened"));

    protected AbstractDevice(String id, DeviceKind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final DeviceKind kind() {
        return kind;
    }

    @Override
    public final DeviceStatus status() {
        return status.get();
    }

    @Override
    public final Subscription subscribe(DeviceListener listener) {
        return events.subscribe(listener);
    }

    /** Records a new status and publishes StatusChanged when it differs from the last one. */
    protected final DeviceStatus updateStatus(DeviceStatus next) {
        DeviceStatus previous = status.getAndSet(next);
        if (!next.sameAs(previous)) {
            events.publish(new DeviceEvent.StatusChanged(id, previous, next));
        }
        return next;
    }

    protected final void publish(DeviceEvent event) {
        events.publish(event);
    }

    /** Publishes the error and returns it, so drivers can write {@code throw fail(e)}. */
    protected final DeviceException fail(DeviceException error) {
        events.publish(new DeviceEvent.Error(id, error));
        return error;
    }
}
