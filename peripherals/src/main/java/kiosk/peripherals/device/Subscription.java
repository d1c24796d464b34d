package kiosk.peripherals.device;

/** Returned by subscribe; cancel it when the listener's owner goes away so nothing leaks. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    void cancel();

    @Override
    default void close() {
        cancel();
    }
}
