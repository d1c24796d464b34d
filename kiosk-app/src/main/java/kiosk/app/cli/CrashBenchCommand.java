package kiosk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kiosk.app.transaction.crash.CrashHarness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench crash: the kiosk's transaction core in a child JVM, killed with SIGKILL at random points
 * and restarted, against a real backend-stub process with a file database; then the journal is audited
 * against the stub's ledger. Prints cycles=N lost=L duplicated=D, then the kills per phase and the journal's
 * integrity check; exits 1 unless nothing was lost or duplicated and the journal is sound.
 */
@Command(name = "crash", description = "Kill the kiosk core at random points; audit journal against backend ledger.")
public final class CrashBenchCommand implements Callable<Integer> {

    @Option(names = "--cycles", description = "Kill-and-restart cycles (default 100).")
    int cycles = 100;

    @Option(names = "--seed", description = "Seed for the kill points (default 1).")
    long seed = 1;

    @Option(names = "--verbose", description = "Also print kills, transactions and findings on stderr.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        quietLogging();
        Path work = Files.createTempDirectory("kiosk-crash-");
        List<String> stubArgs = List.of("--port", "0", "--db", work.resolve("stub").toString(), "--residents", "20");
        try (StubProcess stub = StubProcess.start(stubArgs, Duration.ofSeconds(60))) {
            CrashHarness harness = new CrashHarness(stub.baseUrl(), work, System.getProperty("java.class.path"), "stub-admin");
            CrashHarness.Outcome outcome = harness.run(cycles, seed);
            System.out.println(outcome.summaryLine());
            System.out.println(outcome.phasesLine());
            if (verbose || !outcome.clean()) {
                System.err.printf("killed=%d payments=%d printed=%d journal-integrity=%s%n", outcome.killed(),
                        outcome.payments(), outcome.printed(), outcome.journalIntegrity());
                CrashHarness.firstFindings(outcome, 20).forEach(System.err::println);
            }
            boolean clean = outcome.clean();
            if (!clean) {
                Files.createFile(work.resolve("KEEP"));
                System.err.println("journal and stub database kept in " + work);
            }
            return clean ? 0 : 1;
        } finally {
            deleteIfClean(work);
        }
    }

    /** Removes the work directory unless a failed audit left files worth reading. */
    private static void deleteIfClean(Path work) {
        try (var files = Files.walk(work)) {
            if (files.anyMatch(f -> f.getFileName().toString().equals("KEEP"))) {
                return;
            }
        } catch (java.io.IOException e) {
            return;
        }
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("could not remove " + work);
        }
    }

    /** The bench provokes failures on purpose: only errors are logged while it runs. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
