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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** What a run found; {@code killsPerPhase}: where each kill landed (the phase the child was in). */
    public record Outcome(int cycles, int killed, int lost, int duplicated, String journalIntegrity,
                          int payments, int printed, List<String> findings, Map<String, Integer> killsPerPhase) {
        public String summaryLine() {
            return "cycles=" + cycles + " lost=" + lost + " duplicated=" + duplicated;
        }

        public String phasesLine() {
            StringBuilder sb = new StringBuilder("kills");
            killsPerPhase.forEach((phase, n) -> sb.append(' ').append(phase).append('=').append(n));
            return sb.append(" journal-integrity=").append(journalIntegrity).toString();
        }

        /** Nothing lost, nothing duplicated, and the journal file sound. */
        public boolean clean() {
            return lost == 0 && duplicated == 0 && "ok".equals(journalIntegrity);
        }
    }

    private final URI backendUrl;
    private final Path journalFile;
    private final String classpath;
    private final String adminToken;
    private final KioskConfig config;
    private final Set<String> recycled = new HashSet<>();
    /** Per phase, how long it lasted in lives that ran it to its end (kills are drawn within that). */
    private final Map<String, List<Long>> phaseLengths = new LinkedHashMap<>();

    public CrashHarness(URI backendUrl, Path workDir, String classpath, String adminToken) {
        this.backendUrl = backendUrl;
        this.journalFile = workDir.resolve("kiosk-journal.db");
        this.classpath = classpath;
        this.adminToken = adminToken;
        KioskConfig demo = DemoConfig.load();
        this.config = demo.withBackend(demo.backend().withBaseUrl(backendUrl));
        for (String phase : CrashDriver.PHASES) {
            phaseLengths.put(phase, new ArrayList<>());
        }
    }

    /**
     * Cycle i aims at phase i mod n, so every phase is sampled as often: the kill comes at a uniformly
     * random moment within that phase's usual length, measured from the moment the child reports it.
     * A life in which the aimed phase never comes (nothing to reprint, say) ends on its own.
     */
    public Outcome run(int cycles, long seed) throws IOException, InterruptedException {
        Random random = new Random(seed);
        life(null, 0, random); // a first life measures the phases
        recycle();
        int killed = 0;
        Map<String, Integer> kills = new LinkedHashMap<>();
        for (String phase : CrashDriver.PHASES) {
            kills.put(phase, 0);
        }
        for (int cycle = 0; cycle < cycles; cycle++) {
            String aim = CrashDriver.PHASES.get(cycle % CrashDriver.PHASES.size());
            String landed = life(aim, random.nextDouble(), random);
            if (landed != null) {
                killed++;
                kills.merge(landed, 1, Integer::sum);
            }
            recycle();
        }
        life(null, 0, random); // final recovery, then the audit
        try (Journal journal = Journal.open(journalFile)) {
            LedgerAudit.Result audit = LedgerAudit.compare(LedgerAudit.fetch(backendUrl, adminToken), config.kioskId(),
                    journal.allPayments(), journal.allOperations());
            return new Outcome(cycles, killed, audit.lost(), audit.duplicated(), journal.integrityCheck(),
                    journal.allPayments().size(), journal.paymentsIn(PaymentState.PRINTED).size(), audit.findings(),
                    kills);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.isEmpty() ? 50 : sorted.get(sorted.size() / 2);
    }

    /**
     * Runs one life. {@code aim} null: to its end. Otherwise it is killed at {@code fraction} of the aimed
     * phase's usual length after the child enters it. Returns the phase the kill landed in, or null.
     */
    private String life(String aim, double fraction, Random random) throws IOException, InterruptedException {
        Process child = startChild();
        Map<String, Long> entered = new LinkedHashMap<>();
        java.util.concurrent.atomic.AtomicReference<String> current = new java.util.concurrent.atomic.AtomicReference<>();
        CompletableFuture<Void> aimed = new CompletableFuture<>();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals("STARTED")) {
                        started.complete(null);
                    } else if (line.startsWith("PHASE ")) {
                        String phase = line.substring(6);
                        synchronized (entered) {
                            entered.put(phase, System.nanoTime());
                        }
                        current.set(phase);
                        if (phase.equals(aim)) {
                            aimed.complete(null);
                        }
                    } else if (ECHO) {
                        System.err.println("[kiosk-core] " + line);
                    }
                }
            } catch (IOException e) {
                // the child was killed mid-line
            }
            started.complete(null);
            aimed.complete(null);
        }, "crash-child-output");
        pump.setDaemon(true);
        pump.start();
        try {
            started.get(CHILD_START.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            child.destroyForcibly();
            throw new IOException("the kiosk core did not start", e);
        }
        String landed = null;
        if (aim != null) {
            try {
                aimed.get(CHILD_START.toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                child.destroyForcibly();
                throw new IOException("the kiosk core hung before phase " + aim, e);
            }
            long window = Math.max(5, median(phaseLengths.get(aim)));
            if (child.isAlive() && !child.waitFor((long) (fraction * window), TimeUnit.MILLISECONDS)) {
                landed = current.get();
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
                child.waitFor();
            }
        }
        if (landed == null && !child.waitFor(CHILD_START.toMillis() * 2, TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
            throw new IOException("the kiosk core did not finish a life in time");
        }
        pump.join(5000);
        if (landed == null) {
            learnPhaseLengths(entered, System.nanoTime());
        }
        return landed;
    }

    /** A life that ended on its own: each phase lasted until the next one began (the last until the end). */
    private void learnPhaseLengths(Map<String, Long> entered, long ended) {
        List<Map.Entry<String, Long>> order;
        synchronized (entered) {
            order = new ArrayList<>(entered.entrySet());
        }
        for (int i = 0; i < order.size(); i++) {
            long next = i + 1 < order.size() ? order.get(i + 1).getValue() : ended;
            List<Long> lengths = phaseLengths.get(order.get(i).getKey());
            if (lengths != null) {
                lengths.add((next - order.get(i).getValue()) / 1_000_000);
            }
        }
    }

    /** Starts a child and returns once it has printed STARTED (so kills land in the kiosk's own work). */
    private Process startChild() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", classpath, CrashDriver.class.getName(), backendUrl.toString(), journalFile.toString())
                .redirectErrorStream(true).start();
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
