package kiosk.app.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kiosk.app.model.BackendException;
import kiosk.app.backend.KioskBackends;
import kiosk.app.backend.ResiliencePolicy;
import kiosk.app.backend.ResilientKioskBackend;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench outage: with the backend gone, how long until the resident sees the outage message, on
 * the first call and once the circuit is open, beside a default-configured OkHttp client (the baseline)
 * in the same run. Two outages: a loopback port with nothing listening (refused) and a port that
 * accepts connections but never reads or answers (blackhole). Medians of several runs.
 *
 * <p>Then the same outages from a resident's tap: the engine (the real services over the real resilient
 * client) with a resident at the menu taps a service whose first step calls the backend; the time from
 * the tap to the screen saying "unavailable" once the health probe knows, beside the time to the outage
 * message when the tap is the first call into the dead backend.
 */
@Command(name = "outage", description = "Time to the outage message (first call, open circuit) vs a default OkHttp client.")
public final class OutageBenchCommand implements Callable<Integer> {

    @Option(names = "--runs", description = "Runs per figure (default 3; a blackhole run takes the full deadlines).")
    int runs = 3;

    @Override
    public Integer call() throws Exception {
        quietLogging(); // the expected failures would otherwise bury the figures in log lines
        KioskConfig demo = DemoConfig.load();
        System.out.printf("kiosk deadlines (demo config): connect %d ms, read %d ms, whole call %d ms; runs=%d (medians)%n",
                demo.backend().connectTimeout().toMillis(), demo.backend().readTimeout().toMillis(),
                demo.backend().callTimeout().toMillis(), runs);
        System.out.printf("%-10s %18s %18s %18s %14s %14s%n", "outage", "kiosk first ms", "circuit open ms",
                "default OkHttp ms", "default/first", "default/open");
        int port = freePort();
        row("refused", URI.create("http://127.0.0.1:" + port), demo);
        try (ServerSocket blackhole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // Never accepted, never read: the kernel completes the handshake and the request vanishes.
            row("blackhole", URI.create("http://127.0.0.1:" + blackhole.getLocalPort()), demo);
        }
        System.out.println();
        System.out.printf("tap on a service (%s) with a resident at the menu, until the screen says it cannot be done%n",
                TapOutage.SERVICE);
        System.out.printf("%-10s %22s %22s %14s%n", "outage", "probe knows ms", "first call ms", "first/probe");
        try (TapOutage taps = new TapOutage(demo)) {
            tapRow(taps, "refused", URI.create("http://127.0.0.1:" + freePort()), demo);
            try (ServerSocket blackhole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                tapRow(taps, "blackhole", URI.create("http://127.0.0.1:" + blackhole.getLocalPort()), demo);
            }
        }
        return 0;
    }

    private void tapRow(TapOutage taps, String name, URI url, KioskConfig demo) throws InterruptedException {
        KioskConfig config = demo.withBackend(demo.backend().withBaseUrl(url));
        taps.tap(config, true); // warm-up: classes of the engine and the outage screen
        List<Double> known = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < Math.max(runs, 5); i++) {
            known.add(taps.tap(config, true));
        }
        for (int i = 0; i < runs; i++) {
            first.add(taps.tap(config, false));
        }
        double k = median(known);
        double f = median(first);
        System.out.printf(Locale.ROOT, "%-10s %22.3f %22.1f %13.0fx%n", name, k, f, f / k);
    }

    private void row(String name, URI url, KioskConfig demo) {
        KioskConfig config = demo.withBackend(demo.backend().withBaseUrl(url));
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            first.add(timeToFailure(KioskBackends.create(config)));
        }
        ResilientKioskBackend opened = KioskBackends.create(config, null, ResiliencePolicy.kioskDefaults());
        while (opened.circuitBreaker().getState() != io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN) {
            timeToFailure(opened);
        }
        List<Double> open = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            open.add(timeToFailure(opened));
        }
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            baseline.add(defaultOkHttp(url));
        }
        double f = median(first);
        double o = median(open);
        double b = median(baseline);
        System.out.printf(Locale.ROOT, "%-10s %18.1f %18.3f %18.1f %13.3gx %13.3gx%n", name, f, o, b, b / f, b / o);
    }

    /** Milliseconds until the kiosk's backend gives up with a typed failure (what the UI turns into words). */
    private static double timeToFailure(ResilientKioskBackend backend) {
        long start = System.nanoTime();
        try {
            backend.violations("R-BENCH");
        } catch (BackendException expected) {
            return (System.nanoTime() - start) / 1e6;
        }
        throw new IllegalStateException("the backend answered although it is down");
    }

    private static double defaultOkHttp(URI url) {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder().url(url.resolve("/api/v1/traffic/violations/query").toString())
                .post(RequestBody.create("{\"residentId\":\"R-BENCH\"}", MediaType.get("application/json"))).build();
        long start = System.nanoTime();
        try (Response response = client.newCall(request).execute()) {
            throw new IllegalStateException("the backend answered although it is down: " + response.code());
        } catch (IOException expected) {
            return (System.nanoTime() - start) / 1e6;
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The bench provokes failures on purpose: only errors are logged while it runs. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
