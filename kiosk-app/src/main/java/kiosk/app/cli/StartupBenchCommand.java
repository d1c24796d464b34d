package kiosk.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench startup: JVM start to first frame of the kiosk's attract screen, beside the same for a
 * bare JavaFX window, each in fresh JVMs, headless, alternating runs; prints the medians and the ratio.
 */
@Command(name = "startup", description = "Time from JVM start to the attract screen vs a bare JavaFX window (headless, medians, ratio).")
public final class StartupBenchCommand implements Callable<Integer> {

    @Option(names = "--runs", description = "Runs of each (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int runs;

    @Override
    public Integer call() throws Exception {
        try (StubProcess stub = StubProcess.start(List.of("--port", "0", "--db", "mem"), Duration.ofSeconds(60))) {
            List<Long> bare = new ArrayList<>();
            List<Long> kiosk = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                bare.add(measure(List.of("bare")));
                kiosk.add(measure(List.of("kiosk", stub.baseUrl().toString())));
                System.out.printf("run %d: bare JavaFX window %d ms, kiosk attract screen %d ms%n", i + 1,
                        bare.get(i), kiosk.get(i));
            }
            long bareMedian = median(bare);
            long kioskMedian = median(kiosk);
            System.out.printf("bare JavaFX window median: %d ms%n", bareMedian);
            System.out.printf("kiosk attract screen median: %d ms%n", kioskMedian);
            System.out.printf("ratio kiosk/bare: %.2f%n", (double) kioskMedian / bareMedian);
        }
        return 0;
    }

    private static long measure(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName()));
        command.addAll(args);
        long started = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SHOWN ")) {
                    long shown = Long.parseLong(line.substring(6).trim());
                    process.waitFor(10, TimeUnit.SECONDS);
                    return shown - started;
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IOException("startup probe " + args.get(0) + " ended without showing a window");
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
