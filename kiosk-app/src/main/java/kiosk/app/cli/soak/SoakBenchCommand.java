package kiosk.app.cli.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kiosk.app.cli.StubProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench soak --visits N: N complete visits through the real flow and views (headless), in a
 * JVM with the systemd unit's heap options, beside a bare JavaFX window in a JVM with the same
 * options. Prints heap after GC and RSS at the start (after warm-up) and the end.
 */
@Command(name = "soak", description = "N complete visits (card, service, pay, print, finish) headless; heap after GC and RSS at start and end beside a bare JavaFX window.")
public final class SoakBenchCommand implements Callable<Integer> {

    /** The same as Environment=KIOSK_JAVA_OPTS in ops/systemd/kiosk.service (SystemdUnitTest checks it). */
    public static final String UNIT_HEAP_OPTIONS = "-Xmx160m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";

    /**
     * Added to both children so "heap after GC" counts what is strongly held: with the default policy a
     * soft cache (JavaFX keeps rendered effects and glyph images softly) survives a collection for about a
     * second per free MiB, so two measurements of the same live data differ by tens of MiB.
     */
    static final String MEASURE_OPTIONS = "-XX:SoftRefLRUPolicyMSPerMB=0";

    @Option(names = "--visits", description = "Visits (default ${DEFAULT-VALUE}).", defaultValue = "300")
    int visits;

    /**
     * The printer simulator keeps its last 50 receipts as images (about 2 MB each) for the demo panel; a
     * real printer holds nothing in the kiosk's heap. Start figures are taken once that ring is full.
     */
    @Option(names = "--warm-up", description = "Visits before the start figures (default: 5 %% of the visits, at least 60: the printer simulator keeps its last 50 receipt images).")
    Integer warmUp;

    @Option(names = "--jvm", description = "JVM options of both child JVMs (default: the unit's, \"${DEFAULT-VALUE}\").",
            defaultValue = UNIT_HEAP_OPTIONS)
    String jvmOptions;

    @Option(names = "--histogram", description = "Also print the N classes whose live heap grew most, and the N that shrank most, from the start figures to the end (jcmd).",
            defaultValue = "0")
    int histogram;

    @Override
    public Integer call() throws Exception {
        int warm = warmUp != null ? warmUp : Math.max(60, visits / 20);
        if (warm >= visits) {
            throw new IllegalArgumentException("--visits must be more than the warm-up (" + warm + ")");
        }
        MemoryFigures bare = null;
        for (String line : child(List.of("bare"))) {
            if (line.startsWith("BARE ")) {
                bare = MemoryFigures.parse(line.substring(5));
            }
        }
        MemoryFigures start = null;
        MemoryFigures end = null;
        double[] time = null;
        try (StubProcess stub = StubProcess.start(List.of("--port", "0", "--db", "mem"), Duration.ofSeconds(60))) {
            List<String> args = new ArrayList<>(List.of("kiosk", stub.baseUrl().toString(), Integer.toString(visits),
                    Integer.toString(warm)));
            if (histogram > 0) {
                args.add(Integer.toString(histogram));
            }
            for (String line : child(args)) {
                if (line.startsWith("START ")) {
                    start = MemoryFigures.parse(line.substring(6));
                } else if (line.startsWith("END ")) {
                    end = MemoryFigures.parse(line.substring(4));
                } else if (line.startsWith("TIME ")) {
                    String[] t = line.split(" ");
                    time = new double[] {Double.parseDouble(t[1]), Double.parseDouble(t[2])};
                }
            }
        }
        if (bare == null || start == null || end == null || time == null) {
            System.out.println("soak did not complete");
            return 1;
        }
        System.out.printf("JVM options: %s, measured with %s (java %s)%n", jvmOptions, MEASURE_OPTIONS, Runtime.version());
        System.out.printf("visits: %d in %.1f s (%.0f ms a visit)%n", visits, time[0], time[0] * 1000 / visits);
        System.out.printf("                              heap after GC      RSS%n");
        System.out.printf("bare JavaFX window            %8.1f MiB %8.1f MiB%n", bare.heapAfterGcMiB(), bare.rssMiB());
        System.out.printf("kiosk after %5d visits      %8.1f MiB %8.1f MiB%n", warm, start.heapAfterGcMiB(), start.rssMiB());
        System.out.printf("kiosk after %5d visits      %8.1f MiB %8.1f MiB%n", visits, end.heapAfterGcMiB(), end.rssMiB());
        double growth = (end.heapAfterGcMiB() - start.heapAfterGcMiB()) / start.heapAfterGcMiB() * 100;
        System.out.printf("heap growth start -> end: %+.2f %%%n", growth);
        return 0;
    }

    private List<String> child(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        command.add(MEASURE_OPTIONS);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), SoakRun.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        // Everything the child said (its logs too, masked as always), for a run that fails after hours.
        Path log = java.nio.file.Files.createTempFile("kiosk-soak-" + args.get(0) + "-", ".log");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             java.io.Writer saved = java.nio.file.Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                saved.write(line);
                saved.write('\n');
                if (line.startsWith("visits ") || line.startsWith("STEP ") || line.startsWith("HISTO ") || line.contains("OutOfMemoryError")
                        || line.startsWith("Exception in")) {
                    System.out.println("  " + line);
                }
                lines.add(line);
            }
        }
        int rc = p.waitFor();
        if (rc == 0) {
            java.nio.file.Files.delete(log);
        }
        if (rc != 0) {
            throw new IOException("soak child " + args.get(0) + " exited with " + rc + " (its whole output: " + log + "): "
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
        return lines;
    }
}
