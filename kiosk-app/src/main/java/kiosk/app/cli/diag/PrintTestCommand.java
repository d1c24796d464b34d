package kiosk.app.cli.diag;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import kiosk.app.assembly.DeviceSpecs;
import kiosk.config.ConfigException;
import kiosk.config.ConfigLoader;
import kiosk.config.KioskConfig;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.printer.PrintTest;
import kiosk.peripherals.printer.Printer;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.printer.escpos.sim.PrintedReceipt;
import kiosk.peripherals.sim.SimulatorRack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ./kiosk diag print-test: the staff test receipt, with the printer status before and after. */
@Command(name = "print-test", mixinStandardHelpOptions = true,
        description = "Print a test receipt (Chinese, Traditional Chinese, English, rare characters, a QR code) "
                + "and show the printer status before and after. Without --to an in-process simulator prints "
                + "it and the receipt image is saved.")
public final class PrintTestCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "tcp:HOST:PORT", description = "An ESC/POS printer on the network.")
    String to;

    @Option(names = "--config", description = "Print on a printer of this kiosk configuration (with --device, or its first printer).")
    Path config;

    @Option(names = "--device", description = "The printer's device id in the configuration.")
    String deviceId;

    @Option(names = "--encoding", defaultValue = "GB18030",
            description = "The printer's Chinese code system: GB18030, GB2312 or BIG5 (default ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--width", defaultValue = "576",
            description = "Paper width in dots: 384 for 58 mm, 576 for 80 mm (default ${DEFAULT-VALUE}).")
    int widthDots;

    @Option(names = "--png", defaultValue = "test-receipt.png",
            description = "Where the simulator's receipt image goes (default ${DEFAULT-VALUE}).")
    Path png;

    @CommandLine.Mixin
    kiosk.app.cli.StaffLanguage lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        kiosk.app.i18n.StaffTexts t = lang.texts();
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "encoding", encoding, "paper-width-dots", Integer.toString(widthDots)));
        String driver = "escpos-simulator";
        String where = t.get("diag.print.simulator");
        DeviceSpec configured = null;
        if (config != null) {
            configured = configuredPrinter();
            if (configured == null) {
                err.println(deviceId == null ? t.get("diag.print.no-printer") : t.get("diag.print.no-such-printer", deviceId));
                return 2;
            }
            where = configured.id() + " (" + configured.driver() + ")";
        } else if (to != null) {
            if (!to.startsWith("tcp:") || to.length() <= 4) {
                err.println(t.get("diag.print.bad-to"));
                return 2;
            }
            driver = "escpos-tcp";
            settings.put("address", to.substring(4));
            where = to;
        }
        DeviceSpec spec = configured != null ? configured
                : new DeviceSpec("receipt-printer", DeviceKind.RECEIPT_PRINTER, driver, settings);
        try (SimulatorRack rack = new SimulatorRack()) {
            Device device;
            try {
                device = DriverCatalog.standard(rack).create(spec);
            } catch (DeviceException e) {
                err.println(t.get("diag.print.setup-failed", e.getMessage()));
                return 2;
            }
            try {
                out.println(t.get("diag.print.printer", where, spec.setting("encoding", encoding).toUpperCase(java.util.Locale.ROOT),
                        spec.setting("paper-width-dots", Integer.toString(widthDots))));
                PrintTest.Result result = PrintTest.run((Printer) device, LocalDateTime.now());
                out.println(t.get("diag.print.before", describe(result.before())));
                if (result.succeeded()) {
                    out.println(t.get("diag.print.printed", result.completion().bytes(), result.completion().elapsed().toMillis(),
                            t.get(result.completion().confirmed() ? "diag.print.confirmed" : "diag.print.delivered")));
                } else {
                    out.println(t.get("diag.print.failed", result.error().reason(), result.error().code(), result.error().getMessage()));
                }
                out.println(t.get("diag.print.after", describe(result.after())));
                PrintedReceipt receipt = rack.first(EscPosPrinterSimulator.class).map(EscPosPrinterSimulator::lastReceipt)
                        .orElse(null);
                if (receipt != null) { // printed on a simulator: keep the picture
                    ImageIO.write(receipt.image(), "png", png.toFile());
                    out.println(t.get("diag.print.image", png.toAbsolutePath(), receipt.image().getWidth(), receipt.image().getHeight()));
                    out.print(receipt.text());
                }
                out.flush();
                return result.succeeded() ? 0 : 1;
            } finally {
                device.close();
            }
        }
    }

    static String describe(DeviceStatus status) {
        return status.summary();
    }

    private DeviceSpec configuredPrinter() throws ConfigException, java.io.IOException {
        KioskConfig kiosk = ConfigLoader.load(config);
        return DeviceSpecs.of(kiosk).stream()
                .filter(d -> d.kind() == DeviceKind.RECEIPT_PRINTER || d.kind() == DeviceKind.DOCUMENT_PRINTER)
                .filter(d -> deviceId == null || d.id().equals(deviceId))
                .findFirst().orElse(null);
    }
}
