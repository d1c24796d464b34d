package kiosk.stub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import kiosk.stub.seed.IdNumbers;

/**
 * Load generator for ./kiosk bench stub: starts the stub on a free loopback port (in-memory database) and
 * provisions a simulated fleet. Two measurements, each beside the trivial health route of the same server:
 * capacity (closed loop: N clients send as fast as answers come, rounds alternating the routes so drift hits
 * all alike), and fleet pace (open loop: every kiosk beats once per --period, spread evenly, plus urgent
 * events; latency counted from the moment a request was due, so a stalled server cannot hide its queue).
 * Server CPU per request (process CPU time over the phase) is printed too: it holds up when other
 * processes share the machine, which throughput does not. Bounded in time and in requests per phase.
 * Options: --kiosks N (default 10000), --concurrency N (16), --seconds S per phase (3), --warmup S (3),
 * --max-requests N per phase (500000), --period S between two beats of one kiosk (10), --pace-seconds S (10).
 */
public final class StubBench {

    /** One workload: a request builder per (worker, iteration). */
    private interface Workload {
        HttpRequest request(int kiosk, long iteration);
    }

    /** Figures of one phase. */
    record Figures(String name, long requests, long errors, double seconds, long[] latenciesNanos, long cpuNanos, long missed) {
        Figures(String name, long requests, long errors, double seconds, long[] latenciesNanos, long cpuNanos) {
            this(name, requests, errors, seconds, latenciesNanos, cpuNanos, 0);
        }

        double cpuMicrosPerRequest() {
            return requests == 0 ? Double.NaN : cpuNanos / 1e3 / requests;
        }

        double throughput() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    static final int ROUNDS = 2;

    private final int kiosks;
    private final int concurrency;
    private final Duration phase;
    private final Duration warmup;
    private final long maxRequests;
    private final Duration period;
    private final Duration pace;
    private final HttpClient http;
    private URI base;

    StubBench(int kiosks, int concurrency, Duration phase, Duration warmup, long maxRequests, Duration period, Duration pace) {
        this.kiosks = kiosks;
        this.period = period;
        this.pace = pace;
        this.concurrency = concurrency;
        this.phase = phase;
        this.warmup = warmup;
        this.maxRequests = maxRequests;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    public static void main(String[] args) throws Exception {
        int kiosks = 10_000;
        int concurrency = 16;
        double periodSeconds = 10;
        double paceSeconds = 10;
        double seconds = 3;
        double warmup = 3;
        long maxRequests = 500_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--kiosks" -> kiosks = Integer.parseInt(args[i + 1]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
                case "--max-requests" -> maxRequests = Long.parseLong(args[i + 1]);
                case "--period" -> periodSeconds = Double.parseDouble(args[i + 1]);
                case "--pace-seconds" -> paceSeconds = Double.parseDouble(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (args.length % 2 != 0 || kiosks < 1 || kiosks > 20_000 || concurrency < 1 || concurrency > 256 || seconds <= 0 || seconds > 60
                || periodSeconds < 0.1 || periodSeconds > 600 || paceSeconds <= 0 || paceSeconds > 120) {
            System.err.println("usage: StubBench [--kiosks 1..20000] [--concurrency 1..256] [--seconds 0..60] [--warmup S] [--max-requests N]"
                    + " [--period 0.1..600] [--pace-seconds 0..120]");
            System.exit(2);
        }
        new StubBench(kiosks, concurrency, Duration.ofMillis((long) (seconds * 1000)), Duration.ofMillis((long) (warmup * 1000)),
                maxRequests, Duration.ofMillis((long) (periodSeconds * 1000)), Duration.ofMillis((long) (paceSeconds * 1000))).run();
        System.exit(0);
    }

    void run() throws Exception {
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(200).build())) {
            base = stub.baseUrl();
            long provisionStarted = System.nanoTime();
            provisionFleet();
            System.out.printf(Locale.ROOT, "backend-stub bench: %d kiosks (provisioned in %.1f s), %d concurrent clients, %.1f s per phase"
                    + " after %.1f s warm-up, %s, in-memory H2, %d CPUs%n", kiosks, (System.nanoTime() - provisionStarted) / 1e9,
                    concurrency, phase.toMillis() / 1000.0, warmup.toMillis() / 1000.0, base, Runtime.getRuntime().availableProcessors());
            Workload health = (k, i) -> HttpRequest.newBuilder(base.resolve("/api/v1/health")).timeout(Duration.ofSeconds(10)).GET().build();
            Workload heartbeat = (k, i) -> kiosk(k, "/api/v1/fleet/kiosks/" + kioskId(k) + "/heartbeat")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(json(heartbeatBody(i))).build();
            Workload event = (k, i) -> kiosk(k, "/api/v1/fleet/kiosks/" + kioskId(k) + "/events").POST(json(eventBody(i))).build();
            String[] lookups = lookupBodies();
            Workload lookup = (k, i) -> kiosk(k, "/api/v1/residents/lookup").POST(json(lookups[(int) ((k + i) % lookups.length)])).build();

            // Steady state of a fleet: every kiosk has beaten once (its key is in the stub's cache), then a warm-up.
            long primeStarted = System.nanoTime();
            prime(heartbeat);
            System.out.printf(Locale.ROOT, "every kiosk beat once in %.1f s%n", (System.nanoTime() - primeStarted) / 1e9);
            measure("warm-up", mix(health, heartbeat, event, lookup), warmup);
            // Rounds alternate the routes so that drift (JIT, other load on the machine) hits all of them alike.
            List<Figures> health1 = new ArrayList<>();
            List<Figures> heartbeats = new ArrayList<>();
            List<Figures> events = new ArrayList<>();
            List<Figures> lookupsMeasured = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                health1.add(measure("health", health, phase));
                heartbeats.add(measure("heartbeat", heartbeat, phase));
                events.add(measure("event", event, phase));
                lookupsMeasured.add(measure("lookup", lookup, phase));
            }
            System.out.println("capacity (closed loop):");
            print(List.of(merge("GET health (baseline)", health1), merge("POST fleet heartbeat", heartbeats),
                    merge("POST fleet event", events), merge("POST residents/lookup", lookupsMeasured)));

            double rate = kiosks / (period.toMillis() / 1000.0);
            Workload fleet = (k, i) -> i % 100 == 99 ? event.request(k, i) : heartbeat.request(k, i);
            Figures paceHealth = paced("GET health at fleet pace", health, rate);
            Figures paceFleet = paced("heartbeats + 1% events", fleet, rate);
            System.out.printf(Locale.ROOT, "fleet pace (open loop): %d kiosks, one heartbeat each per %.1f s = %.0f req/s offered for %.1f s%n",
                    kiosks, period.toMillis() / 1000.0, rate, pace.toMillis() / 1000.0);
            print(List.of(paceHealth, paceFleet));
        }
    }

    private void provisionFleet() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(concurrency, 8));
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            int kiosk = k;
            done.add(workers.submit(() -> {
                String body = "{\"kioskId\":\"" + kioskId(kiosk) + "\",\"apiKey\":\"" + key(kiosk) + "\",\"location\":\"bench\"}";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/admin/kiosks"))
                        .header("X-Admin-Token", "stub-admin").header("Content-Type", "application/json").POST(json(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IOException("Provisioning a bench kiosk failed with HTTP " + r.statusCode());
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** One request per kiosk, in parallel: bounded by the fleet's size. */
    private void prime(Workload workload) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(concurrency, 8));
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            int kiosk = k;
            done.add(workers.submit(() -> http.send(workload.request(kiosk, 0), HttpResponse.BodyHandlers.discarding())));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static String kioskId(int k) {
        return String.format("KIOSK-BENCH-%05d", k);
    }

    private static String key(int k) {
        return "bench-key-" + k;
    }

    private HttpRequest.Builder kiosk(int k, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("X-Kiosk-Id", kioskId(k)).header("Authorization", "Bearer " + key(k))
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private static String heartbeatBody(long i) {
        return "{\"sentAt\":\"" + Instant.now() + "\",\"softwareVersion\":\"0.1.0\",\"devices\":["
                + "{\"device\":\"printer\",\"state\":\"ONLINE\",\"detail\":{\"paper\":\"OK\"}},"
                + "{\"device\":\"idCardReader\",\"state\":\"ONLINE\"},{\"device\":\"scanner\",\"state\":\"IDLE\"}],"
                + "\"counters\":{\"sessions\":" + i + ",\"receipts\":" + (i / 2) + ",\"cardReads\":" + i + "},\"reportedConfigVersion\":1}";
    }

    /** Paper low raised, then cleared, on alternate events; each event has an id of its own. */
    private static String eventBody(long i) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"kind\":\"PAPER_LOW\",\"action\":\"" + (i % 2 == 0 ? "RAISED" : "CLEARED")
                + "\",\"device\":\"receipt-printer\",\"occurredAt\":\"" + Instant.now() + "\"}";
    }

    /** The fixed residents of the seed (the generated ones are not known outside the database). */
    private static String[] lookupBodies() {
        return new String[] {
            "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}",
            "{\"idNumber\":\"330106199207082463\",\"name\":\"李娜\"}",
            "{\"idNumber\":\"330282196011010052\",\"name\":\"王\uD86D\uDCE7明\"}",
            "{\"idNumber\":\"330603200802290017\",\"name\":\"刘\u4DAE\"}",
            "{\"idNumber\":\"" + IdNumbers.build("330681", LocalDate.of(1990, 1, 1), 124) + "\",\"name\":\"赵敏\"}",
            "{\"idNumber\":\"" + IdNumbers.build("330381", LocalDate.of(1995, 5, 5), 246) + "\",\"name\":\"陈静\"}"};
    }

    private static Workload mix(Workload... workloads) {
        return (k, i) -> workloads[(int) (i % workloads.length)].request(k, i);
    }

    private Figures measure(String name, Workload workload, Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong budget = new AtomicLong(maxRequests);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            futures.add(workers.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                long i = 0;
                while (System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
                    int k = (int) ((worker + i * concurrency) % kiosks);
                    HttpRequest request = workload.request(k, i++);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() >= 300) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = processCpuNanos() - cpuStarted;
        workers.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(name, all.length, errors.get(), seconds, all, cpu);
    }

    /**
     * Open loop: request n is due at start + n / rate, whatever happened before; its latency runs from that
     * moment. At most 512 in flight; a due request beyond that is counted as missed, not queued.
     */
    private Figures paced(String name, Workload workload, double rate) throws Exception {
        long intervalNanos = (long) (1e9 / rate);
        long total = Math.min(maxRequests, (long) (rate * pace.toMillis() / 1000.0));
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(512);
        long[] latencies = new long[(int) total];
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long missed = 0;
        long cpuStarted = processCpuNanos();
        long started = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long due = started + n * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                missed++;
                continue;
            }
            int k = (int) (n % kiosks);
            http.sendAsync(workload.request(k, n / kiosks), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
                long latency = System.nanoTime() - due;
                if (e != null || r.statusCode() >= 300) {
                    errors.incrementAndGet();
                }
                int slot = answered.getAndIncrement();
                latencies[slot] = latency;
                inFlight.release();
            });
        }
        inFlight.tryAcquire(512, 30, java.util.concurrent.TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = processCpuNanos() - cpuStarted;
        long[] all = Arrays.copyOf(latencies, answered.get());
        Arrays.sort(all);
        return new Figures(name, all.length, errors.get(), seconds, all, cpu, missed);
    }

    /** CPU time of this process (server and client together; the client's share is alike for every route). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Figures merge(String name, List<Figures> parts) {
        long[] all = parts.stream().flatMapToLong(f -> Arrays.stream(f.latenciesNanos())).sorted().toArray();
        return new Figures(name, parts.stream().mapToLong(Figures::requests).sum(), parts.stream().mapToLong(Figures::errors).sum(),
                parts.stream().mapToDouble(Figures::seconds).sum(), all, parts.stream().mapToLong(Figures::cpuNanos).sum());
    }

    private static void print(List<Figures> results) {
        Figures baseline = results.get(0);
        System.out.printf(Locale.ROOT, "  %-26s %9s %7s %7s %9s %8s %8s %10s %11s %9s %9s%n", "route", "requests", "errors", "missed",
                "req/s", "p50 ms", "p99 ms", "cpu us/req", "req/s ratio", "p99 ratio", "cpu ratio");
        for (Figures f : results) {
            System.out.printf(Locale.ROOT, "  %-26s %9d %7d %7d %9.0f %8.2f %8.2f %10.0f %11.2f %9.2f %9.2f%n", f.name(), f.requests(),
                    f.errors(), f.missed(), f.throughput(), f.percentileMs(50), f.percentileMs(99), f.cpuMicrosPerRequest(),
                    f.throughput() / baseline.throughput(), f.percentileMs(99) / baseline.percentileMs(99),
                    baseline.cpuMicrosPerRequest() / f.cpuMicrosPerRequest());
        }
        System.out.println("  ratios against health on the same server, client and concurrency (cpu ratio: health's CPU per request"
                + " over the route's, so 0.5 means half as many per CPU second); the client shares the CPUs with the server");
    }
}
