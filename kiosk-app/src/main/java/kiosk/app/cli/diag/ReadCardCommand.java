package kiosk.app.cli.diag;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.IdentityReport;
import kiosk.peripherals.idcard.sam.SamIdCardReader;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.sim.SimulatorRack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./kiosk diag read-card: reads one card from a SAM module and prints the (masked) identity. */
@Command(name = "read-card", mixinStandardHelpOptions = true,
        description = "Read one resident ID card from a SAM module and print it, masked unless --reveal. "
                + "Without --to an in-process simulator holding a sample card answers.")
public final class ReadCardCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "tcp:HOST:PORT|serial:PORT",
            description = "The module: tcp:HOST:PORT (serial-to-Ethernet adapter, simulator) or serial:/dev/ttyUSB0.")
    String to;

    @Option(names = "--timeout", defaultValue = "10s", paramLabel = "DURATION",
            description = "How long to wait for a card, e.g. 10s, 500ms, 1m (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--sample", defaultValue = "zhang-wei",
            description = "Card in the in-process simulator: zhang-wei, li-na, wang-ming, liu-yan, foreigner "
                    + "(default ${DEFAULT-VALUE}); ignored with --to.")
    String sample;

    @Option(names = "--reveal", description = "Show names, ID numbers, addresses and birth dates unmasked.")
    boolean reveal;

    @CommandLine.Mixin
    kiosk.app.cli.StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        kiosk.app.i18n.StaffTexts t = lang.texts();
        Duration wait;
        try {
            wait = parseDuration(timeout);
        } catch (IllegalArgumentException e) {
            err.println(t.get("diag.read.bad-timeout", timeout));
            return 2;
        }
        Map<String, String> settings = new HashMap<>(Map.of("watch", "false"));
        String driver;
        if (to == null) {
            driver = "sam-simulator";
        } else if (to.startsWith("tcp:") && to.length() > 4) {
            driver = "sam-tcp";
            settings.put("address", to.substring(4));
        } else if (to.startsWith("serial:") && to.length() > 7) {
            driver = "sam-serial";
            settings.put("port", to.substring(7));
        } else {
            err.println(t.get("diag.read.bad-to"));
            return 2;
        }
        try (SimulatorRack rack = new SimulatorRack()) {
            Device device = DriverCatalog.standard(rack).create(
                    new DeviceSpec("id-card-reader", DeviceKind.ID_CARD_READER, driver, settings));
            try {
                if (to == null) {
                    rack.find("id-card-reader", SamModuleSimulator.class).orElseThrow().insert(sampleCard());
                }
                SamIdCardReader reader = (SamIdCardReader) device;
                reader.open();
                out.println(t.get("diag.read.reader", to == null ? t.get("diag.read.simulator", sample) : to, reader.samId()));
                out.println(t.get("diag.read.waiting", kiosk.config.Durations.format(wait)));
                out.flush();
                CardIdentity identity = reader.readCard(wait);
                try {
                    IdentityReport.lines(identity, reveal).forEach(out::println);
                } finally {
                    identity.wipe();
                }
                out.flush();
                return 0;
            } finally {
                device.close();
            }
        } catch (DeviceException e) {
            err.println(t.get("diag.read.failed", e.reason(), e.code(), e.getMessage()));
            err.flush();
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private CardIdentity sampleCard() {
        return switch (sample.toLowerCase(Locale.ROOT)) {
            case "zhang-wei" -> SampleCards.zhangWei();
            case "li-na" -> SampleCards.liNa();
            case "wang-ming" -> SampleCards.wangMing();
            case "liu-yan" -> SampleCards.liuYan();
            case "foreigner" -> SampleCards.foreignResident();
            default -> throw new IllegalArgumentException("--sample: unknown sample card '" + sample + "'");
        };
    }

    /** The kiosk's one duration syntax (kiosk-config Durations), at least a millisecond. */
    static Duration parseDuration(String text) {
        Duration d = kiosk.config.Durations.parse(text);
        if (d.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is not a positive duration");
        }
        return d;
    }
}
