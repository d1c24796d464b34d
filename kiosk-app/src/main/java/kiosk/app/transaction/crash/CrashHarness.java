package kiosk.app.transaction.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kiosk.app.model.BackendException;
import kiosk.app.backend.HttpKioskBackend;
import kiosk.app.journal.Journal;
import kiosk.app.journal.JournaledOperation;
import kiosk.app.journal.JournaledPayment;
import kiosk.app.journal.OperationKind;
import kiosk.app.journal.OperationState;
import kiosk.app.journal.PaymentState;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;

/**
 * Kills the kiosk's transaction core (a {@link CrashDriver} child JVM) with SIGKILL at random moments,
 * restarts it, and finally audits the journal against the backend's ledger. The backend (a running
 * backend-stub) outlives every kill. Between lives a "back office" refunds orders whose receipt was
 * printed and recorded, so the few demo fines become payable again; those refunds use keys starting
 * with {@link LedgerAudit#BACK_OFFICE_PREFIX} and are not counted as kiosk effects.
 */
public final class CrashHarness {

    private static final Duration CHILD_START = Duration.ofSeconds(60);
    /** -Dkiosk.crash.echo=true shows the children's output (diagnosis). */
    private static final boolean ECHO = Boolean.getBoolean("kiosk.crash.echo");

    /** What a run found. */
    public record Outcome(int cycles, int killed, int lost, int duplicated, String journalIntegrity,
                          int payments, int printed, List<String> findings) {
        public String summaryLine() {
            return "cycles=" + cycles + " lost=" + lost + " duplicated=" + duplicated;
        }
    }

    private final URI backendUrl;
    private final Path journalFile;
    private final String classpath;
    private final String adminToken;
    private final KioskConfig config;
    private final Set<String> recycled = new HashSet<>();

    public CrashHarness(URI backendUrl, Path workDir, String classpath, String adminToken) {
        this.backendUrl = backendUrl;
        this.journalFile = workDir.resolve("kiosk-journal.db");
        this.classpath = classpath;
        this.adminToken = adminToken;
        KioskConfig demo = DemoConfig.load();
        this.config = demo.withBackend(demo.backend().withBaseUrl(backendUrl));
    }

    public Outcome run(int cycles, long seed) throws IOException, InterruptedException {
        Random random = new Random(seed);
        // Lives that end on their own tell how long a life lasts (their median): kills then land anywhere in one.
        List<Long> completedLives = new ArrayList<>();
        completedLives.add(lifeUnkilled());
        recycle();
        int killed = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            long window = Math.max(100, median(completedLives));
            Process child = startChild();
            long start = System.nanoTime();
            long delay = (long) (random.nextDouble() * window);
            if (child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                completedLives.add((System.nanoTime() - start) / 1_000_000);
            } else {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
                child.waitFor();
                killed++;
            }
            recycle();
        }
        lifeUnkilled(); // final recovery, then the audit
        try (Journal journal = Journal.open(journalFile)) {
            LedgerAudit.Result audit = LedgerAudit.compare(LedgerAudit.fetch(backendUrl, adminToken), config.kioskId(),
                    journal.allPayments(), journal.allOperations());
            return new Outcome(cycles, killed, audit.lost(), audit.duplicated(), journal.integrityCheck(),
                    journal.allPayments().size(), journal.paymentsIn(PaymentState.PRINTED).size(), audit.findings());
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Runs one life to its end; returns its length after STARTED in milliseconds. */
    private long lifeUnkilled() throws IOException, InterruptedException {
        Process child = startChild();
        long start = System.nanoTime();
        if (!child.waitFor(CHILD_START.toMillis() * 2, TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
            throw new IOException("the kiosk core did not finish a life in time");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Starts a child and returns once it has printed STARTED (so kills land in the kiosk's own work). */
    private Process startChild() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", classpath, CrashDriver.class.getName(), backendUrl.toString(), journalFile.toString())
                .redirectErrorStream(true).start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals("STARTED")) {
                        started.complete(null);
                    } else if (ECHO) {
                        System.err.println("[kiosk-core] " + line);
                    }
                }
            } catch (IOException e) {
                // the child was killed mid-line
            }
            started.complete(null);
        }, "crash-child-output");
        pump.setDaemon(true);
        pump.start();
        try {
            started.get(CHILD_START.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            child.destroyForcibly();
            throw new IOException("the kiosk core did not start", e);
        }
        return child;
    }

    /** Back office: refund printed-and-recorded orders so their fines can be paid again (child is dead). */
    private void recycle() {
        HttpKioskBackend backOffice = new HttpKioskBackend(config.backend(), config.kioskId());
        try (Journal journal = Journal.open(journalFile)) {
            for (JournaledPayment p : journal.paymentsIn(PaymentState.PRINTED)) {
                if (recycled.contains(p.paymentId()) || !receiptRecorded(journal.operationsOf(p.paymentId()))) {
                    continue;
                }
                try {
                    backOffice.refund(p.orderId(), "BACK_OFFICE_RECYCLE", LedgerAudit.BACK_OFFICE_PREFIX + p.orderId());
                    recycled.add(p.paymentId());
                } catch (BackendException e) {
                    System.err.println("back-office refund failed: " + e.code());
                }
            }
        } finally {
            backOffice.shutdown();
        }
    }

    private static boolean receiptRecorded(List<JournaledOperation> ops) {
        return ops.stream().anyMatch(op -> op.kind() == OperationKind.RECORD_RECEIPT && op.state() == OperationState.CONFIRMED);
    }

    /** Helper for callers that collect findings. */
    public static List<String> firstFindings(Outcome outcome, int max) {
        return new ArrayList<>(outcome.findings().subList(0, Math.min(max, outcome.findings().size())));
    }
}
