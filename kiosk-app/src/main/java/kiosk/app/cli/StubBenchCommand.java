package kiosk.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench stub: backend-stub's load generator (kiosk.stub.bench.StubBench) in a child JVM on the
 * stub's class path. It starts the stub on a free loopback port and prints throughput and p50/p99 of the
 * fleet heartbeat and resident lookup routes beside the health route of the same server, with ratios.
 */
@Command(name = "stub", description = "Load the backend stub: heartbeat and lookup vs health, with ratios.")
public final class StubBenchCommand implements Callable<Integer> {

    @Option(names = "--kiosks", description = "Simulated kiosks (default 100).")
    int kiosks = 100;

    @Option(names = "--concurrency", description = "Concurrent clients (default 16).")
    int concurrency = 16;

    @Option(names = "--seconds", description = "Seconds per measured phase (default 3; 2 rounds of 3 phases).")
    double seconds = 3;

    @Option(names = "--warmup", description = "Warm-up seconds (default 3).")
    double warmup = 3;

    @Override
    public Integer call() throws Exception {
        List<String> command = new ArrayList<>(StubProcess.javaCommand("kiosk.stub.bench.StubBench"));
        command.addAll(List.of("--kiosks", Integer.toString(kiosks), "--concurrency", Integer.toString(concurrency),
                "--seconds", Double.toString(seconds), "--warmup", Double.toString(warmup)));
        Process process = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(process::destroy, "bench-stub-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        long limitSeconds = (long) (warmup + seconds * 6 + 120);
        if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            System.err.println("bench stub: no result within " + limitSeconds + " s");
            return 1;
        }
        Runtime.getRuntime().removeShutdownHook(stopChild);
        return process.exitValue();
    }
}
