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
 * drives a simulated fleet's heartbeats and resident lookups in rounds that alternate with the trivial health
 * route of the same server, the baseline. Bounded in time and in requests per phase.
 * Options: --kiosks N (default 100), --concurrency N (16), --seconds S per phase (3), --warmup S (3),
 * --max-requests N per phase (500000).
 */
public final class StubBench {

    /** One workload: a request builder per (worker, iteration). */
    private interface Workload {
        HttpRequest request(int kiosk, long iteration);
    }

    /** Figures of one phase. */
    record Figures(String name, long requests, long errors, double seconds, long[] latenciesNanos) {
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
    private final HttpClient http;
    private URI base;

    StubBench(int kiosks, int concurrency, Duration phase, Duration warmup, long maxRequests) {
        this.kiosks = kiosks;
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
        int kiosks = 100;
        int concurrency = 16;
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
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (args.length % 2 != 0 || kiosks < 1 || kiosks > 1000 || concurrency < 1 || concurrency > 256 || seconds <= 0 || seconds > 60) {
            System.err.println("usage: StubBench [--kiosks 1..1000] [--concurrency 1..256] [--seconds 0..60] [--warmup S] [--max-requests N]");
            System.exit(2);
        }
        new StubBench(kiosks, concurrency, Duration.ofMillis((long) (seconds * 1000)), Duration.ofMillis((long) (warmup * 1000)),
                maxRequests).run();
        System.exit(0);
    }

    void run() throws Exception {
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(200).build())) {
            base = stub.baseUrl();
            provisionFleet();
            System.out.printf(Locale.ROOT, "backend-stub bench: %d kiosks, %d concurrent clients, %.1f s per phase after %.1f s warm-up,"
                    + " %s, in-memory H2, %d CPUs%n", kiosks, concurrency, phase.toMillis() / 1000.0, warmup.toMillis() / 1000.0,
                    base, Runtime.getRuntime().availableProcessors());
            Workload health = (k, i) -> HttpRequest.newBuilder(base.resolve("/api/v1/health")).timeout(Duration.ofSeconds(10)).GET().build();
            Workload heartbeat = (k, i) -> kiosk(k, "/api/v1/fleet/kiosks/" + kioskId(k) + "/heartbeat")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(json(heartbeatBody(i))).build();
            String[] lookups = lookupBodies();
            Workload lookup = (k, i) -> kiosk(k, "/api/v1/residents/lookup").POST(json(lookups[(int) ((k + i) % lookups.length)])).build();

            measure("warm-up", mix(health, heartbeat, lookup), warmup);
            // Rounds alternate the routes so that drift (JIT, other load on the machine) hits all of them alike.
            List<Figures> health1 = new ArrayList<>();
            List<Figures> heartbeats = new ArrayList<>();
            List<Figures> lookupsMeasured = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                health1.add(measure("health", health, phase));
                heartbeats.add(measure("heartbeat", heartbeat, phase));
                lookupsMeasured.add(measure("lookup", lookup, phase));
            }
            print(List.of(merge("GET health (baseline)", health1), merge("POST fleet heartbeat", heartbeats),
                    merge("POST residents/lookup", lookupsMeasured)));
        }
    }

    private void provisionFleet() throws IOException, InterruptedException {
        for (int k = 0; k < kiosks; k++) {
            String body = "{\"kioskId\":\"" + kioskId(k) + "\",\"apiKey\":\"" + key(k) + "\",\"location\":\"bench\"}";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/admin/kiosks"))
                    .header("X-Admin-Token", "stub-admin").header("Content-Type", "application/json").POST(json(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IOException("Provisioning a bench kiosk failed with HTTP " + r.statusCode());
            }
        }
    }

    private static String kioskId(int k) {
        return String.format("KIOSK-BENCH-%04d", k);
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
        workers.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(name, all.length, errors.get(), seconds, all);
    }

    private static Figures merge(String name, List<Figures> parts) {
        long[] all = parts.stream().flatMapToLong(f -> Arrays.stream(f.latenciesNanos())).sorted().toArray();
        return new Figures(name, parts.stream().mapToLong(Figures::requests).sum(), parts.stream().mapToLong(Figures::errors).sum(),
                parts.stream().mapToDouble(Figures::seconds).sum(), all);
    }

    private static void print(List<Figures> results) {
        Figures baseline = results.get(0);
        System.out.printf(Locale.ROOT, "%-26s %9s %7s %10s %8s %8s %12s %10s %10s%n", "route", "requests", "errors", "req/s",
                "p50 ms", "p99 ms", "req/s ratio", "p50 ratio", "p99 ratio");
        for (Figures f : results) {
            System.out.printf(Locale.ROOT, "%-26s %9d %7d %10.0f %8.2f %8.2f %12.2f %10.2f %10.2f%n", f.name(), f.requests(), f.errors(),
                    f.throughput(), f.percentileMs(50), f.percentileMs(99), f.throughput() / baseline.throughput(),
                    f.percentileMs(50) / baseline.percentileMs(50), f.percentileMs(99) / baseline.percentileMs(99));
        }
        System.out.println("ratios against health on the same server, client and concurrency, " + ROUNDS
                + " alternating rounds per route; the client shares the CPUs with the server");
    }
}
