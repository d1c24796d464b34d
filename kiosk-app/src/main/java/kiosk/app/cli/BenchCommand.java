package kiosk.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks that print their figures beside a baseline measured in the same run. */
@Command(name = "bench",
        description = "Benchmarks: each prints its figures beside a baseline from the same run.",
        subcommands = {
            StartupBenchCommand.class,
            IdleBenchCommand.class,
            QrBenchCommand.class,
            CrashBenchCommand.class,
            OutageBenchCommand.class,
            StubBenchCommand.class,
            kiosk.app.cli.faults.FaultBenchCommand.class,
            kiosk.app.cli.soak.SoakBenchCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
