package kiosk.app.cli.diag;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import kiosk.app.assembly.DeviceSpecs;
import kiosk.config.ConfigLoader;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.sim.SimulatorRack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./kiosk diag devices: every configured device with its state, detail and reason, as operators read them. */
@Command(name = "devices", description = "List the configured devices with their status (default: the demo configuration's simulated devices).")
public final class DevicesCommand implements Callable<Integer> {

    @Option(names = "--config", description = "The kiosk's YAML configuration (default: the demo configuration).")
    Path configFile;

    @Option(names = "--wait", description = "How long to let devices open and report, e.g. 3s or 500ms (default ${DEFAULT-VALUE}).", defaultValue = "3s")
    String wait;

    @picocli.CommandLine.Mixin
    kiosk.app.cli.StaffLanguage lang;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter out = spec.commandLine().getOut();
        kiosk.app.i18n.StaffTexts t = lang.texts();
        Duration settle = kiosk.config.Durations.parse(wait);
        KioskConfig config = configFile == null ? DemoConfig.load() : ConfigLoader.load(configFile);
        try (SimulatorRack rack = new SimulatorRack();
             DeviceManager devices = new DeviceManager(DriverCatalog.standard(rack), Duration.ofSeconds(1))) {
            devices.start(DeviceSpecs.of(config));
            Thread.sleep(settle.toMillis());
            out.printf("%-18s %-16s %-26s %s%n", t.get("diag.devices.device"), t.get("diag.devices.kind"),
                    t.get("diag.devices.driver"), t.get("diag.devices.status"));
            int unusable = 0;
            for (Device device : devices.devices()) {
                DeviceStatus status = device.status();
                String driver = config.devices().stream().filter(d -> d.id().equals(device.id()))
                        .map(KioskConfig.DeviceConfig::driver).findFirst().orElse("?");
                out.printf("%-18s %-16s %-26s %s%n", device.id(),
                        device.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), driver, status.summary());
                if (!status.state().isUsable()) {
                    unusable++;
                }
            }
            out.println(unusable == 0 ? t.get("diag.devices.all-usable", devices.devices().size())
                    : t.get("diag.devices.unusable", unusable));
            out.flush();
            return unusable == 0 ? 0 : 1;
        }
    }
}
