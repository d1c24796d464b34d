package kiosk.app.cli;

import java.util.List;
import java.util.function.Consumer;
import kiosk.app.demo.SimulatorPanel;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceManager;

/** Keeps a list of "device: state" lines current from the device manager's events. */
final class DeviceStatusFeed {

    private DeviceStatusFeed() {
    }

    static void attach(DeviceManager devices, Consumer<List<String>> sink) {
        Runnable refresh = () -> sink.accept(devices.devices().stream()
                .map(d -> SimulatorPanel.describe(d.id(), d.status())).toList());
        devices.subscribe(event -> {
            if (event instanceof DeviceEvent.StatusChanged) {
                refresh.run();
            }
        });
        refresh.run();
    }
}
