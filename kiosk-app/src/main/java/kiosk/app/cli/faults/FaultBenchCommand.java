package kiosk.app.cli.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.app.model.BackendException;
import kiosk.app.backend.KioskBackend;
import kiosk.app.backend.KioskBackends;
import kiosk.app.model.OrderItem;
import kiosk.app.backend.ResiliencePolicy;
import kiosk.app.journal.Journal;
import kiosk.app.journal.JournaledPayment;
import kiosk.app.journal.PaymentState;
import kiosk.app.transaction.CoreSettings;
import kiosk.app.transaction.Payment;
import kiosk.app.transaction.QueueCaps;
import kiosk.app.transaction.TransactionCore;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench faults: the kiosk's real backend client and transaction core against a loopback
 * backend that answers a share of the calls with a fault (latency, 5xx, reset, stall, malformed,
 * truncated, oversized chunked). Payments, the phone's payment, polls, receipt records and cancels run
 * on four threads until the given number of backend calls was made; then the faults stop, the core
 * reconciles, and the figures are counted: calls that outlived their deadline (by more than the 0.7 s
 * margin the fault suites allow), effects applied twice for one clientRef, and records lost (a printed
 * receipt without its record, money taken without a receipt or refund owed, an operation left open).
 * Exits 1 unless all three are 0.
 */
@Command(name = "faults", description = "1,000 backend calls with 30%% injected faults: past-deadline calls, duplicates, lost records.")
public final class FaultBenchCommand implements Callable<Integer> {

    private static final Duration MARGIN = Duration.ofMillis(700);
    private static final Set<PaymentState> HONOURED = EnumSet.of(PaymentState.PRINTED, PaymentState.REPRINT_AVAILABLE,
            PaymentState.NEEDS_REFUND, PaymentState.REFUNDED);

    @Option(names = "--calls", description = "Backend calls to make under faults (default 1000).")
    int calls = 1000;

    @Option(names = "--fault-rate", description = "Share of answers replaced by a fault (default 0.3).")
    double faultRate = 0.3;

    @Option(names = "--seed", description = "Seed of the fault draw (default 1).")
    long seed = 1;

    @Override
    public Integer call() throws Exception {
        quietLogging();
        Path work = Files.createTempDirectory("kiosk-faults-");
        KioskConfig demo = DemoConfig.load();
        Duration connect = Duration.ofMillis(500);
        Duration read = Duration.ofMillis(800);
        Duration deadline = Duration.ofMillis(2500);
        try (LoopbackFaultServer server = new LoopbackFaultServer(faultRate, read.toMillis() + 400, seed)) {
            KioskConfig config = demo.withBackend(new KioskConfig.Backend(server.baseUrl(), demo.backend().apiKey(),
                    connect, read, deadline)).withJournal(new KioskConfig.Journal(work.resolve("journal.db")));
            // The kiosk's retry and bulkhead; a circuit that trips only at 90 % and probes after 1 s, so the
            // faults reach the backend instead of the calls stopping at an open circuit.
            ResiliencePolicy defaults = ResiliencePolicy.kioskDefaults();
            ResiliencePolicy policy = new ResiliencePolicy(defaults.circuitWindow(), defaults.circuitMinimumCalls(), 90f,
                    Duration.ofSeconds(1), defaults.retryAttempts(), defaults.retryInitialBackoff(),
                    defaults.retryMaxBackoff(), defaults.maxConcurrentCalls());
            TimedBackend backend = new TimedBackend(KioskBackends.create(config, null, policy));
            CoreSettings settings = CoreSettings.defaults().withRetry(Duration.ofMillis(100), Duration.ofSeconds(1));
            try (TransactionCore core = new TransactionCore(Journal.open(config.journal().file()), backend,
                    QueueCaps.defaults(), settings)) {
                long started = System.nanoTime();
                AtomicInteger item = new AtomicInteger();
                ExecutorService residents = Executors.newFixedThreadPool(4);
                for (int t = 0; t < 4; t++) {
                    residents.execute(() -> {
                        while (backend.calls() < calls) {
                            oneResident(core, backend, "V-" + item.incrementAndGet());
                        }
                    });
                }
                residents.shutdown();
                residents.awaitTermination(30, TimeUnit.MINUTES);
                int underFaults = backend.calls();
                Map<LoopbackFaultServer.Fault, Integer> injected = server.injected();
                List<Long> durations = backend.durations();
                long pastDeadline = durations.stream().filter(ms -> ms > deadline.plus(MARGIN).toMillis()).count();

                server.faultRate(0); // the backend recovers: everything journaled must settle within a minute
                long settleBy = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                Audit audit;
                do {
                    Thread.sleep(300);
                    core.recover();
                    audit = audit(core, server);
                } while ((audit.lost > 0 || !core.journal().openOperations().isEmpty()) && System.nanoTime() < settleBy);
                Collections.sort(durations);
                System.out.printf("calls=%d requests=%d faults=%s payments=%d printed=%d wall=%ds%n", underFaults,
                        injected.values().stream().mapToInt(Integer::intValue).sum(),
                        injected, core.journal().allPayments().size(),
                        core.journal().paymentsIn(PaymentState.PRINTED).size(),
                        (System.nanoTime() - started) / 1_000_000_000);
                System.out.printf("call ms: p50=%d p99=%d max=%d (deadline %d ms + %d ms margin)%n",
                        durations.get(durations.size() / 2), durations.get((int) (durations.size() * 0.99)),
                        durations.get(durations.size() - 1), deadline.toMillis(), MARGIN.toMillis());
                System.out.printf("past-deadline=%d duplicates=%d lost=%d%n", pastDeadline, audit.duplicates, audit.lost);
                audit.findings.stream().limit(20).forEach(System.err::println);
                return pastDeadline == 0 && audit.duplicates == 0 && audit.lost == 0 ? 0 : 1;
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** One resident: order, pay on the phone, poll, print and record; every fifth walks away (cancel). */
    private static void oneResident(TransactionCore core, KioskBackend backend, String fine) {
        Payment payment;
        try {
            payment = core.startPayment("R-1", "rk", List.of(OrderItem.trafficFine(fine)));
        } catch (BackendException e) {
            return;
        }
        if (fine.hashCode() % 5 == 0) {
            core.abandon(payment.paymentId());
            return;
        }
        try {
            backend.simulatePayment(payment.order().orderId());
        } catch (BackendException e) {
            // the phone's payment may or may not have gone through: the kiosk finds out by polling
        }
        for (int poll = 0; poll < 4; poll++) {
            try {
                if (core.refresh(payment.paymentId()).isPaid()) {
                    core.printed(payment.paymentId());
                    return;
                }
            } catch (BackendException e) {
                // poll again
            }
        }
        core.abandon(payment.paymentId());
    }

    private record Audit(int duplicates, int lost, List<String> findings) {
    }

    private static Audit audit(TransactionCore core, LoopbackFaultServer server) {
        int duplicates = 0;
        int lost = 0;
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : server.allEffects().entrySet()) {
            for (Map.Entry<String, Integer> kind : e.getValue().entrySet()) {
                if (kind.getValue() > 1) {
                    duplicates += kind.getValue() - 1;
                    findings.add("duplicated " + kind.getKey() + " x" + kind.getValue() + " for " + e.getKey());
                }
            }
        }
        for (JournaledPayment p : core.journal().allPayments()) {
            Map<String, Integer> mine = server.effectsOf(p.paymentId());
            boolean paid = mine.containsKey("ORDER_PAID");
            if (paid && !HONOURED.contains(p.state())) {
                lost++;
                findings.add("paid but left " + p.state() + ": " + p.paymentId());
            } else if (!paid && p.state().isPaidForResident()) {
                lost++;
                findings.add("journal says " + p.state() + " but nothing was paid: " + p.paymentId());
            } else if (p.state() == PaymentState.PRINTED && !mine.containsKey("RECEIPT_RECORDED")) {
                lost++;
                findings.add("printed receipt never recorded: " + p.paymentId());
            }
        }
        int open = core.journal().openOperations().size();
        if (open > 0) {
            lost += open;
            findings.add(open + " operations still open after the backend recovered");
        }
        return new Audit(duplicates, lost, findings);
    }

    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

}
