package kiosk.app.assembly;

import java.util.List;
import java.util.Locale;
import kiosk.config.KioskConfig;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceSpec;

/** kiosk-config's device entries as the device manager's specs ("id-card-reader" -> ID_CARD_READER). */
public final class DeviceSpecs {

    private DeviceSpecs() {
    }

    public static List<DeviceSpec> of(KioskConfig config) {
        return config.devices().stream().map(d -> new DeviceSpec(d.id(), kind(d.kind()), d.driver(), d.settings())).toList();
    }

    static DeviceKind kind(String configured) {
        return DeviceKind.valueOf(configured.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
