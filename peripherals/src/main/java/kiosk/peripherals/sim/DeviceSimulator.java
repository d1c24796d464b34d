package kiosk.peripherals.sim;

import kiosk.peripherals.transport.ByteTransport;

/**
 * The device side of a protocol, byte for byte. A simulator serves one link at a time: it reads what
 * the driver sends on {@code deviceSide} and answers as the real device would, until the link closes
 * or {@link #stop()} is called. Faults are injected through each simulator's own methods.
 */
public interface DeviceSimulator {

    /** Serves the link until it closes; returns normally on close. Runs on the caller's thread. */
    void serve(ByteTransport deviceSide);

    /** Asks {@link #serve} to return soon. */
    void stop();
}
