package kiosk.peripherals.device;

/**
 * The one idea every peripheral shares: a lifecycle, a status and events.
 *
 * <p>Lifecycle, after JavaPOS: {@link #open()} connects (and may fail with NO_DEVICE),
 * {@link #checkHealth()} asks the device itself and publishes a change, {@link #close()} releases the
 * link. A closed device may be opened again: that is how the {@link DeviceManager} reconnects after an
 * unplug without a restart.
 */
public interface Device extends AutoCloseable {

    String id();

    DeviceKind kind();

    /** Connects to the device. Idempotent while open. */
    void open() throws DeviceException;

    boolean isOpen();

    /** The last known status, without I/O. */
    DeviceStatus status();

    /** Asks the device for its status now (I/O, bounded by a timeout), publishes any change. */
    DeviceStatus checkHealth();

    Subscription subscribe(DeviceListener listener);

    @Override
    void close();
}
