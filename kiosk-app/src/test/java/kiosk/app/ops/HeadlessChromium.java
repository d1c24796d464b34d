package kiosk.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's chromium, headless, driven over the DevTools protocol with the JDK's own WebSocket: one page
 * opened at a URL, JavaScript evaluated in it. No driver binary and no extra library; the page keeps
 * running between evaluations, so a test sees it update by itself.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static Path binary() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new AssertionError("chromium is not installed: run ops/ci-prereqs.sh (apt-get install chromium)");
    }

    static HeadlessChromium open(URI url) throws Exception {
        Path profile = Files.createTempDirectory("kiosk-chromium");
        Process process = new ProcessBuilder(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", url.toString())
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("chromium did not open its DevTools port: " + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newHttpClient();
            String pageSocket = null;
            while (pageSocket == null) {
                JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                for (JsonNode t : targets) {
                    if ("page".equals(t.path("type").asText())) {
                        pageSocket = t.path("webSocketDebuggerUrl").asText();
                    }
                }
                if (pageSocket == null) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("chromium opened no page");
                    }
                    Thread.sleep(100);
                }
            }
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                String message = text.toString();
                                text.setLength(0);
                                try {
                                    JsonNode node = JSON.readTree(message);
                                    CompletableFuture<JsonNode> answer = node.has("id") && self[0] != null
                                            ? self[0].answers.remove(node.get("id").asInt()) : null;
                                    if (answer != null) {
                                        answer.complete(node);
                                    }
                                } catch (IOException e) {
                                    // not an answer of ours
                                }
                            }
                            ws.request(1);
                            return null;
                        }
                    }).get(20, TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(process, profile, socket);
            return self[0];
        } catch (Exception | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Evaluates an expression in the page and returns its value as text ("" for null or undefined). */
    String eval(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", "Runtime.evaluate");
        command.putObject("params").put("expression", expression).put("returnByValue", true);
        socket.sendText(command.toString(), true).get(10, TimeUnit.SECONDS);
        JsonNode result = answer.get(20, TimeUnit.SECONDS).path("result").path("result");
        JsonNode value = result.path("value");
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    /**
     * Chromium's helper processes may still write into the profile for a moment after the browser has
     * gone: files that vanish while it is walked are skipped, and a walk that meets one is tried again.
     */
    private void deleteProfile() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                return;
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                if (attempt == 5) {
                    return; // a temporary folder left behind, not a failed test
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
