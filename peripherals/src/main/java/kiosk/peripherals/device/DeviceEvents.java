package kiosk.peripherals.device;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A tiny event hub for one device: subscribe, publish; a failing listener never breaks the others. */
public final class DeviceEvents {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceEvents.class);

    private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();

    public Subscription subscribe(DeviceListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(DeviceEvent event) {
        for (DeviceListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Device listener failed on {} event from {}", event.getClass().getSimpleName(),
                        event.deviceId(), e);
            }
        }
    }
}
