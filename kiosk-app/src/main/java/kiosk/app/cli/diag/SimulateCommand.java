package kiosk.app.cli.diag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.printer.escpos.PrinterCharset;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.scanner.serial.Delimiter;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import kiosk.peripherals.sim.SimulatorServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ./kiosk diag simulate printer|scanner|sam: one simulator on a loopback TCP port until Ctrl+C, so
 * a driver (the kiosk, another diag command, a vendor tool) can be pointed at it. Lines typed on
 * stdin act on it: a code to scan, a card to insert, a fault.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a device simulator on TCP (loopback) until Ctrl+C: printer, scanner or sam. "
                + "printer: saves each receipt as PNG; scanner: each line typed is scanned; "
                + "sam: type 'insert 1'..'insert 4', 'remove', 'fault NAME'.")
public final class SimulateCommand implements Callable<Integer> {

    /** The simulators this command runs. */
    public enum Kind { PRINTER, SCANNER, SAM }

    @Parameters(index = "0", paramLabel = "printer|scanner|sam", description = "Which simulator.")
    String kind;

    @Option(names = "--port", defaultValue = "0", description = "TCP port (0 picks a free one; printers usually 9100).")
    int port;

    @Option(names = "--encoding", defaultValue = "GB18030", description = "printer: Chinese code system (default ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--width", defaultValue = "576", description = "printer: paper width in dots (default ${DEFAULT-VALUE}).")
    int widthDots;

    @Option(names = "--out", defaultValue = "sim-receipts", description = "printer: folder for receipt PNGs (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--delimiter", defaultValue = "CR", description = "scanner: CR, LF or CRLF after each code (default ${DEFAULT-VALUE}).")
    String delimiter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A simulator being served; {@link #input} acts on it as a line typed on stdin would. */
    public interface Running extends AutoCloseable {
        String address();

        /** Returns what to print back (empty for nothing). */
        String input(String line);

        @Override
        void close();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Kind k;
        try {
            k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Unknown simulator '" + kind + "': printer, scanner or sam");
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (Running running = start(k, o)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            o.println(k.name().toLowerCase(Locale.ROOT) + " simulator listening on " + running.address()
                    + " (Ctrl+C to stop)");
            o.flush();
            Thread console = new Thread(() -> readConsole(running, o), "simulate-console");
            console.setDaemon(true);
            console.start();
            stop.await();
        }
        return 0;
    }

    private static void readConsole(Running running, PrintWriter o) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String reply = running.input(line);
                if (!reply.isEmpty()) {
                    o.println(reply);
                    o.flush();
                }
            }
        } catch (IOException e) {
            // console gone: keep serving until Ctrl+C
        }
    }

    /** Starts the simulator on its TCP port. */
    public Running start(Kind k, PrintWriter o) throws IOException {
        return switch (k) {
            case PRINTER -> printer(o);
            case SCANNER -> scanner();
            case SAM -> sam();
        };
    }

    private Running printer(PrintWriter o) throws IOException {
        EscPosPrinterSimulator sim = new EscPosPrinterSimulator(EscPosPrinterSimulator.Config.DEFAULT
                .withCharset(PrinterCharset.parse(encoding)).withPaperWidthDots(widthDots));
        Files.createDirectories(out);
        sim.addListener(receipt -> {
            Path file = out.resolve("receipt-" + receipt.number() + ".png");
            try {
                ImageIO.write(receipt.image(), "png", file.toFile());
            } catch (IOException e) {
                o.println("Cannot save " + file + ": " + e.getMessage());
            }
            o.println("Receipt " + receipt.number() + (receipt.complete() ? "" : " (INCOMPLETE)") + " -> " + file);
            o.print(receipt.text());
            o.flush();
        });
        SimulatorServer server = SimulatorServer.start(sim, port);
        return new Served(server, line -> printerInput(sim, line));
    }

    private static String printerInput(EscPosPrinterSimulator sim, String line) {
        switch (line.trim().toLowerCase(Locale.ROOT)) {
            case "paper-out" -> sim.runOutOfPaperAfterMm(0);
            case "paper-low" -> sim.nearEndAfterMm(0);
            case "load-paper" -> sim.loadPaper();
            case "open-cover" -> sim.openCover();
            case "close-cover" -> sim.closeCover();
            case "jam" -> sim.jam();
            case "clear-jam" -> sim.clearJam();
            case "fail-cut" -> sim.failNextCut();
            case "repair-cutter" -> sim.repairCutter();
            case "slow" -> sim.setSlow(java.time.Duration.ofMillis(30), 64);
            case "normal-speed" -> sim.setNormalSpeed();
            case "hang" -> sim.setHung(true);
            case "unhang" -> sim.setHung(false);
            case "" -> {
                return "";
            }
            default -> {
                return "printer faults: paper-out, paper-low, load-paper, open-cover, close-cover, jam, clear-jam, "
                        + "fail-cut, repair-cutter, slow, normal-speed, hang, unhang";
            }
        }
        return "ok";
    }

    private Running scanner() throws IOException {
        SerialScannerSimulator sim = new SerialScannerSimulator(Delimiter.parse(delimiter));
        SimulatorServer server = SimulatorServer.start(sim, port);
        return new Served(server, line -> {
            if (line.isEmpty()) {
                return "";
            }
            sim.present(line);
            return "scanned " + line.length() + " chars";
        });
    }

    private Running sam() throws IOException {
        SamModuleSimulator sim = new SamModuleSimulator();
        List<ResidentIdCard> cards = SampleCards.demoResidents();
        SimulatorServer server = SimulatorServer.start(sim, port);
        return new Served(server, line -> samInput(sim, cards, line.trim()));
    }

    private static String samInput(SamModuleSimulator sim, List<ResidentIdCard> cards, String line) {
        String[] words = line.split("\\s+");
        switch (words[0].toLowerCase(Locale.ROOT)) {
            case "insert" -> {
                int n = words.length > 1 && words[1].matches("[1-9]") ? Integer.parseInt(words[1]) : 1;
                if (n > cards.size()) {
                    return "insert 1.." + cards.size();
                }
                sim.insert(cards.get(n - 1));
                return "card " + n + " in the field";
            }
            case "remove" -> {
                sim.remove();
                return "field empty";
            }
            case "fault" -> {
                try {
                    sim.injectOnce(SamModuleSimulator.Fault.valueOf(words.length > 1
                            ? words[1].toUpperCase(Locale.ROOT).replace('-', '_') : ""));
                    return "fault armed for the next read";
                } catch (IllegalArgumentException e) {
                    return "faults: " + java.util.Arrays.toString(SamModuleSimulator.Fault.values());
                }
            }
            case "" -> {
                return "";
            }
            default -> {
                return "sam commands: insert 1.." + cards.size() + ", remove, fault NAME";
            }
        }
    }

    /** A simulator behind its TCP server. */
    private record Served(SimulatorServer server, java.util.function.Function<String, String> handler)
            implements Running {
        @Override
        public String address() {
            return server.address();
        }

        @Override
        public String input(String line) {
            return handler.apply(line);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
