package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The file database keeps idempotency records across restarts; StubMain's contract; logs carry no personal data. */
class LifecycleAndLoggingTest {

    @Test
    void storedResponsesSurviveARestartOnTheFileDatabase(@TempDir Path dir) {
        String db = dir.resolve("stub").toString();
        String body = "{\"residentId\":\"R-000001\",\"clientRef\":\"FILE-1\",\"items\":[{\"kind\":\"TRAFFIC_FINE\",\"reference\":\"V-DEMO-0001\"}]}";
        String first;
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).db(db).generatedResidents(5).build())) {
            first = new StubClient(stub.baseUrl()).mutate("/api/v1/payments/orders", body, "file-key").body();
        }
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).db(db).generatedResidents(5).build())) {
            StubClient.Response again = new StubClient(stub.baseUrl()).mutate("/api/v1/payments/orders", body, "file-key");
            assertThat(again.replayed()).isTrue();
            assertThat(again.body()).isEqualTo(first);
            assertThat(new StubClient(stub.baseUrl()).admin("GET", "/admin/ledger?clientRef=FILE-1", null).json().get("entries")).hasSize(1);
        }
    }

    @Test
    void mainAnnouncesItsAddressOnceAndStopsOnSigterm(@TempDir Path dir) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "kiosk.stub.StubMain",
                "--port", "0", "--db", "mem", "--residents", "5", "--admin-token", "t0ken")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String url = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (url == null && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
                url = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.contains("backend-stub listening on http://127.0.0.1:"))
                        .map(l -> l.substring(l.indexOf("http://"))).findFirst().orElse(null);
            }
            assertThat(url).as(Files.readString(log)).isNotNull();
            StubClient client = new StubClient(URI.create(url));
            assertThat(client.send(HttpRequest.newBuilder(URI.create(url + "/admin/faults")).header("X-Admin-Token", "t0ken"))
                    .status()).isEqualTo(200);
            p.destroy();
            assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output.lines().filter(l -> l.contains("listening on"))).hasSize(1);
        assertThat(output).doesNotContain("Exception");
    }

    @Test
    void accessLogsCarryKioskRouteStatusAndDurationButNoPersonalData() {
        Logger access = (Logger) LoggerFactory.getLogger("kiosk.stub.access");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = access.getLevel();
        access.setLevel(Level.INFO);
        root.addAppender(appender);
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(5).build())) {
            StubClient client = new StubClient(stub.baseUrl());
            client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"张伟\"}");
            client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151256\",\"name\":\"李四\"}");
            client.query("/api/v1/residents/lookup", "{\"idNumber\":\"330602198503151257\",\"name\":\"张伟\"}");
            client.query("/api/v1/traffic/violations/query", "{\"plate\":\"浙D12345\",\"engineTail\":\"123456\"}");
            client.mutate("/api/v1/household/certificates", "{\"residentId\":\"R-000001\",\"purpose\":\"TRAVEL\"}");
        } finally {
            root.detachAppender(appender);
            access.setLevel(before);
        }
        List<String> messages = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("kiosk=KIOSK-DEMO-001", "/api/v1/residents/lookup", "status=200", "ms="));
        assertThat(String.join("\n", messages)).doesNotContain("330602198503151256", "330602198503151257", "张伟", "李四",
                "解放北路", "浙D12345", "123456");
    }
}
