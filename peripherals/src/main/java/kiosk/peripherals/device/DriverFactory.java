package kiosk.peripherals.device;

/**
 * Builds a device from its spec, picking the driver by {@link DeviceSpec#driver()}. This is all the
 * device core knows of drivers: {@link DeviceManager} is handed one by whoever composes the kiosk
 * (the standard one, listing every real and simulated driver, is {@code kiosk.peripherals.catalog.DriverCatalog}).
 */
@FunctionalInterface
public interface DriverFactory {

    /**
     * A new, unopened device. Throws INVALID_DATA with reason {@code config.unknown-driver} for a driver
     * it does not know, or the driver's own reason for a missing or bad setting.
     */
    Device create(DeviceSpec spec) throws DeviceException;
}
