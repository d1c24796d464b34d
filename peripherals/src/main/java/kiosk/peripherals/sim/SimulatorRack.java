package kiosk.peripherals.sim;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kiosk.peripherals.transport.InProcessChannel;

/**
 * The simulators of one kiosk, by device id, each with the in-process channel its driver talks
 * through. The demo's simulator panel and the tests use it to act as a resident (insert a card, show
 * a QR code) or as a fault (pull the cable, open the cover).
 */
public final class SimulatorRack implements AutoCloseable {

    /** A running simulator and its cable. */
    public record Slot(DeviceSimulator simulator, InProcessChannel channel, Thread thread) {
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** Starts serving the simulator on a new in-process channel; returns the channel for the driver. */
    public InProcessChannel attach(String deviceId, DeviceSimulator simulator) {
        InProcessChannel channel = new InProcessChannel(deviceId);
        Thread thread = SimulatorServer.serveInProcess(simulator, channel, deviceId);
        Slot previous = slots.put(deviceId, new Slot(simulator, channel, thread));
        if (previous != null) {
            stop(previous);
        }
        return channel;
    }

    public <T extends DeviceSimulator> Optional<T> find(String deviceId, Class<T> type) {
        Slot slot = slots.get(deviceId);
        return slot != null && type.isInstance(slot.simulator()) ? Optional.of(type.cast(slot.simulator())) : Optional.empty();
    }

    /** The first simulator of the type, whatever its device id. */
    public <T extends DeviceSimulator> Optional<T> first(Class<T> type) {
        return slots.values().stream().map(Slot::simulator).filter(type::isInstance).map(type::cast).findFirst();
    }

    public Optional<InProcessChannel> channel(String deviceId) {
        return Optional.ofNullable(slots.get(deviceId)).map(Slot::channel);
    }

    public Map<String, Slot> slots() {
        return Map.copyOf(slots);
    }

    @Override
    public void close() {
        slots.values().forEach(SimulatorRack::stop);
        slots.clear();
    }

    private static void stop(Slot slot) {
        slot.simulator().stop();
        slot.thread().interrupt();
    }
}
