package kiosk.peripherals.device;

/** Receives device events. Called on a device thread: hand work to your own thread if it is slow. */
@FunctionalInterface
public interface DeviceListener {
    void onEvent(DeviceEvent event);
}
