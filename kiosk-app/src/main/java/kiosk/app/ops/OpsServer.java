package kiosk.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local operations port: GET /metrics (Prometheus text) and GET /health (JSON). JDK HTTP server, one
 * thread, loopback unless told otherwise: the Prometheus agent on the same machine scrapes it, nobody
 * else needs to reach it.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

    private final HttpServer server;
    private final ExecutorService thread;

    private OpsServer(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /** Binds host:port (port 0: any free one) and serves. */
    public static OpsServer start(InetAddress host, int port, KioskMetrics metrics, OpsSources sources) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/metrics", exchange -> serve(exchange, () -> {
            byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
            return new Answer(200, metrics.contentType(), body);
        }));
        server.createContext("/health", exchange -> serve(exchange, () -> {
            HealthReport.Result r = HealthReport.of(sources);
            return new Answer(r.up() ? 200 : 503, "application/json; charset=utf-8", r.json().getBytes(StandardCharsets.UTF_8));
        }));
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kiosk-ops-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(thread);
        server.start();
        return new OpsServer(server, thread);
    }

    private record Answer(int status, String type, byte[] body) {
    }

    private interface Producer {
        Answer produce();
    }

    private static void serve(HttpExchange exchange, Producer producer) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Answer a;
            try {
                a = producer.produce();
            } catch (RuntimeException e) {
                LOG.warn("ops endpoint {} failed: {}", exchange.getRequestURI().getPath(), e.getClass().getSimpleName());
                a = new Answer(500, "text/plain; charset=utf-8", "internal error\n".getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().set("Content-Type", a.type());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(a.status(), a.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
