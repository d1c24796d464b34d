package kiosk.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench stub: backend-stub's load generator (kiosk.stub.bench.StubBench) in a child JVM on the
 * stub's class path. It starts the stub on a free loopback port, provisions a simulated fleet (10,000 kiosks
 * by default) and prints, beside the health route of the same server: capacity (closed loop) of the fleet
 * heartbeat, urgent event and resident lookup routes, and the fleet pace (open loop, one heartbeat per
 * kiosk per period) with sustained rate, p50/p99 and server CPU per request.
 */
@Command(name = "stub", description = "Load the backend stub: heartbeat, event and lookup vs health, at capacity and at fleet pace.")
public final class StubBenchCommand implements Callable<Integer> {

    @Option(names = "--kiosks", description = "Simulated kiosks (default 10000, at most 20000).")
    int kiosks = 10_000;

    @Option(names = "--period", description = "Seconds between two heartbeats of one kiosk (default 10).")
    double period = 10;

    @Option(names = "--pace-seconds", description = "Seconds of the fleet-pace phase (default 10).")
    double paceSeconds = 10;

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
                "--seconds", Double.toString(seconds), "--warmup", Double.toString(warmup),
                "--period", Double.toString(period), "--pace-seconds", Double.toString(paceSeconds)));
        Process process = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(process::destroy, "bench-stub-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        long limitSeconds = (long) (warmup + seconds * 8 + paceSeconds * 2 + kiosks / 50 + 180);
        if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            System.err.println("bench stub: no result within " + limitSeconds + " s");
            return 1;
        }
        Runtime.getRuntime().removeShutdownHook(stopChild);
        return process.exitValue();
    }
}
