package kiosk.app.cli.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny payments backend on a loopback socket that misbehaves on purpose: the orders, payment,
 * cancel and receipt routes the kiosk's transaction core uses, idempotent by key (first effect stored
 * and replayed, as the real backend), with a share of the answers replaced by a fault chosen evenly
 * from: latency, 5xx (no effect), reset after the effect, stall, malformed body, truncated body and an
 * oversized chunked body. It counts every effect per clientRef so the bench can look for duplicates.
 */
final class LoopbackFaultServer implements AutoCloseable {

    /** The injected faults. */
    enum Fault { NONE, LATENCY, SERVER_ERROR, RESET, STALL, MALFORMED, TRUNCATED, OVERSIZED_CHUNKED }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Fault[] FAULTS = {Fault.LATENCY, Fault.SERVER_ERROR, Fault.RESET, Fault.STALL,
            Fault.MALFORMED, Fault.TRUNCATED, Fault.OVERSIZED_CHUNKED};

    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-server");
        t.setDaemon(true);
        return t;
    });
    private final Random random;
    private final long stallMs;
    private volatile double faultRate;
    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();
    private final Map<String, ObjectOrder> orders = new ConcurrentHashMap<>();
    /** Effects per clientRef and kind ("ORDER_CREATED", "ORDER_PAID", "RECEIPT_RECORDED", "ORDER_CANCELLED"). */
    private final Map<String, Map<String, Integer>> effects = new ConcurrentHashMap<>();
    private final Map<Fault, AtomicInteger> injected = new ConcurrentHashMap<>();
    private final AtomicLong orderSeq = new AtomicLong();

    private static final class ObjectOrder {
        final String orderId;
        final String clientRef;
        String status = "PENDING";

        ObjectOrder(String orderId, String clientRef) {
            this.orderId = orderId;
            this.clientRef = clientRef;
        }
    }

    LoopbackFaultServer(double faultRate, long stallMs, long seed) throws IOException {
        this.socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        this.faultRate = faultRate;
        this.stallMs = stallMs;
        this.random = new Random(seed);
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicInteger());
        }
        pool.execute(this::acceptLoop);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    void faultRate(double rate) {
        this.faultRate = rate;
    }

    Map<Fault, Integer> injected() {
        Map<Fault, Integer> counts = new HashMap<>();
        injected.forEach((f, n) -> counts.put(f, n.get()));
        return counts;
    }

    /** Effects recorded for a clientRef, by kind. */
    Map<String, Integer> effectsOf(String clientRef) {
        return effects.getOrDefault(clientRef, Map.of());
    }

    Map<String, Map<String, Integer>> allEffects() {
        return effects;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                pool.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(30_000);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                Request request = Request.read(in);
                if (request == null) {
                    return;
                }
                if (!answer(request, client, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the kiosk hung up (its deadline) or the fault closed the socket
        }
    }

    private Fault draw() {
        synchronized (random) {
            return random.nextDouble() < faultRate ? FAULTS[random.nextInt(FAULTS.length)] : Fault.NONE;
        }
    }

    private long latency() {
        synchronized (random) {
            return 50 + random.nextInt(350);
        }
    }

    /** Answers one request; false when the connection is to be dropped. */
    private boolean answer(Request request, Socket client, OutputStream out) throws IOException {
        Fault fault = draw();
        injected.get(fault).incrementAndGet();
        if (fault == Fault.LATENCY) {
            sleep(latency());
        }
        if (fault == Fault.SERVER_ERROR) { // before the effect: nothing happened
            write(out, 503, "{\"code\":\"INJECTED_FAULT\",\"retryable\":true}".getBytes(StandardCharsets.UTF_8));
            return true;
        }
        if (fault == Fault.STALL) { // before the effect: the kiosk gives up on reading
            sleep(stallMs);
            return false;
        }
        int[] status = {200};
        byte[] body = route(request, status);
        switch (fault) {
            case RESET -> {
                client.setSoLinger(true, 0);
                return false;
            }
            case MALFORMED -> {
                write(out, 200, "{\"status\": PAID, <html>".getBytes(StandardCharsets.UTF_8));
                return true;
            }
            case TRUNCATED -> {
                String head = "HTTP/1.1 " + status[0] + " X\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n";
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                return false;
            }
            case OVERSIZED_CHUNKED -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try {
                    for (int i = 0; i < 80; i++) { // 5 MiB of whitespace: valid JSON padding, only too much of it
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(("" + Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    return false; // the kiosk stopped reading at its limit
                }
                return true;
            }
            default -> {
                write(out, status[0], body);
                return true;
            }
        }
    }

    /** The effect (once per idempotency key) and its answer. */
    private byte[] route(Request request, int[] status) throws IOException {
        String path = request.path;
        if (request.method.equals("GET") && path.startsWith("/api/v1/payments/orders/")) {
            ObjectOrder order = orders.get(path.substring("/api/v1/payments/orders/".length()));
            if (order == null) {
                status[0] = 404;
                return "{\"code\":\"ORDER_NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8);
            }
            synchronized (order) {
                return view(order);
            }
        }
        String key = request.headers.getOrDefault("idempotency-key", "");
        byte[] replay = stored.get(key);
        if (replay != null) {
            return replay;
        }
        synchronized (stored) {
            replay = stored.get(key);
            if (replay != null) {
                return replay;
            }
            byte[] answer = effect(request, status);
            if (status[0] < 500) {
                stored.put(key, answer);
            }
            return answer;
        }
    }

    private byte[] effect(Request request, int[] status) throws IOException {
        String path = request.path;
        JsonNode body = request.body.length == 0 ? JSON.createObjectNode() : JSON.readTree(request.body);
        if (path.equals("/api/v1/payments/orders")) {
            String clientRef = body.path("clientRef").asText();
            ObjectOrder order = new ObjectOrder("O-" + orderSeq.incrementAndGet(), clientRef);
            orders.put(order.orderId, order);
            count(clientRef, "ORDER_CREATED");
            status[0] = 201;
            return view(order);
        }
        if (path.equals("/api/v1/receipts")) {
            ObjectOrder order = orders.get(body.path("orderId").asText());
            if (order == null || !order.status.equals("PAID")) {
                status[0] = 409;
                return "{\"code\":\"ORDER_NOT_PAID\"}".getBytes(StandardCharsets.UTF_8);
            }
            count(order.clientRef, "RECEIPT_RECORDED");
            status[0] = 201;
            return ("{\"receiptId\":\"R-" + order.orderId + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        String[] parts = path.split("/");
        ObjectOrder order = parts.length == 7 ? orders.get(parts[5]) : null;
        if (order == null) {
            status[0] = 404;
            return "{\"code\":\"ORDER_NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8);
        }
        synchronized (order) {
            switch (parts[6]) {
                case "pay" -> {
                    if (!order.status.equals("PENDING")) {
                        status[0] = 409;
                        return "{\"code\":\"ORDER_NOT_PENDING\"}".getBytes(StandardCharsets.UTF_8);
                    }
                    order.status = "PAID";
                    count(order.clientRef, "ORDER_PAID");
                }
                case "cancel" -> {
                    if (order.status.equals("PENDING")) {
                        order.status = "CANCELLED";
                        count(order.clientRef, "ORDER_CANCELLED");
                    }
                }
                default -> {
                    status[0] = 404;
                    return "{\"code\":\"NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8);
                }
            }
            return view(order);
        }
    }

    private void count(String clientRef, String kind) {
        effects.computeIfAbsent(clientRef, k -> new ConcurrentHashMap<>()).merge(kind, 1, Integer::sum);
    }

    private static byte[] view(ObjectOrder order) {
        return ("{\"orderId\":\"" + order.orderId + "\",\"amountCents\":20000,\"qrPayload\":\"stubpay://order/"
                + order.orderId + "\",\"status\":\"" + order.status + "\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, int status, byte[] body) throws IOException {
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        pool.shutdownNow();
    }

    /** One HTTP/1.1 request with a Content-Length body (all the kiosk sends). */
    private record Request(String method, String path, Map<String, String> headers, byte[] body) {

        static Request read(InputStream in) throws IOException {
            String requestLine = line(in);
            if (requestLine == null || requestLine.isEmpty()) {
                return null;
            }
            String[] parts = requestLine.split(" ");
            Map<String, String> headers = new HashMap<>();
            String header;
            while ((header = line(in)) != null && !header.isEmpty()) {
                int colon = header.indexOf(':');
                if (colon > 0) {
                    headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
                }
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            return new Request(parts[0], parts[1], headers, body);
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder sb = new StringBuilder();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    return sb.toString().stripTrailing();
                }
                sb.append((char) b);
            }
            return sb.length() == 0 ? null : sb.toString();
        }
    }
}
