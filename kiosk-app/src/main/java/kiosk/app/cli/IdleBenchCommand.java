package kiosk.app.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench idle: what the UI liveness hook costs on an idle attract screen. Fresh JVMs, runs
 * interleaved: the whole kiosk without a hook (the baseline), with an AnimationTimer feeding the pulse
 * monitor every frame (the way it was), and with the monitor's probes (the way it is). Prints each mode's
 * process CPU time over the window as % of one core, medians, and the difference to the baseline.
 * Headless (Monocle) by default; with --display on the current DISPLAY (e.g. under xvfb-run, GTK).
 */
@Command(name = "idle", description = "CPU of an idle kiosk (attract screen): no UI hook, AnimationTimer, probes (medians, %% of one core).")
public final class IdleBenchCommand implements Callable<Integer> {

    @Option(names = "--runs", description = "Runs of each mode (default ${DEFAULT-VALUE}).", defaultValue = "3")
    int runs;

    @Option(names = "--window", description = "Measured window per run (default ${DEFAULT-VALUE}).", defaultValue = "30s")
    String window;

    @Option(names = "--warmup", description = "Idle time before measuring (default ${DEFAULT-VALUE}).", defaultValue = "10s")
    String warmup;

    @Option(names = "--probe-period", description = "The probes' period in the probe mode (default ${DEFAULT-VALUE}, the kiosk's).",
            defaultValue = "250ms")
    String probePeriod;

    @Option(names = "--display", description = "Use the current DISPLAY (GTK) instead of the headless Monocle toolkit.")
    boolean display;

    @Override
    public Integer call() throws Exception {
        Duration w = kiosk.config.Durations.parse(window);
        Duration up = kiosk.config.Durations.parse(warmup);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dkiosk.bench.display=" + display,
                "-Dkiosk.bench.probe-period=" + kiosk.config.Durations.parse(probePeriod).toMillis(),
                "-cp", System.getProperty("java.class.path"), IdleCpuProbe.class.getName()));
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> since = new LinkedHashMap<>();
        List<String> modes = List.of("none", "timer", "probe");
        try (StubProcess stub = StubProcess.start(List.of("--port", "0", "--db", "mem"), Duration.ofSeconds(60))) {
            for (int i = 0; i < runs; i++) {
                StringBuilder line = new StringBuilder("run " + (i + 1) + ":");
                for (String mode : modes) {
                    double[] r = measure(command, mode, stub.baseUrl().toString(), up, w);
                    cpu.computeIfAbsent(mode, k -> new ArrayList<>()).add(r[0]);
                    since.computeIfAbsent(mode, k -> new ArrayList<>()).add(r[1]);
                    line.append(String.format(" %s %.2f %%", mode, r[0]));
                }
                System.out.println(line);
            }
        }
        System.out.printf("java %s, %s, %d runs of %s after %s idle, probes every %s, load average %.1f%n", Runtime.version(),
                display ? "DISPLAY " + System.getenv("DISPLAY") + " (GTK)" : "headless (Monocle)", runs, window, warmup, probePeriod,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double base = median(cpu.get("none"));
        for (String mode : modes) {
            double m = median(cpu.get(mode));
            double s = since.get(mode).stream().mapToDouble(Double::doubleValue).max().orElse(-1);
            System.out.printf("%-6s CPU %6.2f %% of one core (median), %+6.2f points vs none; longest time since the UI answered %s%n",
                    mode, m, m - base, s < 0 ? "-" : String.format("%.0f ms", s * 1000));
        }
        return 0;
    }

    /** % of one core over the window, and the longest seconds-since-last-answer sampled (-1 without a hook). */
    private static double[] measure(List<String> command, String mode, String url, Duration warmup, Duration window)
            throws IOException, InterruptedException {
        List<String> run = new ArrayList<>(command);
        run.addAll(List.of(mode, url, warmup.toString(), window.toString()));
        Process p = new ProcessBuilder(run).redirectErrorStream(true).start();
        try {
            for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("CPU ")) {
                    String[] f = line.trim().split(" ");
                    double percent = 100.0 * Long.parseLong(f[1]) / Long.parseLong(f[2]);
                    double longest = Long.parseLong(f[3]) == 0 ? -1 : Long.parseLong(f[4]) / 1e9;
                    return new double[] {percent, longest};
                }
            }
            throw new IOException("idle probe " + mode + " printed no figures");
        } finally {
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
