package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk reports itself and its devices to the fleet; the stub's operations view shows them. */
class HeartbeatTest {

    @TempDir
    Path dir;

    private TestKiosk test;

    @BeforeEach
    void start() {
        test = TestKiosk.start(dir, Duration.ofSeconds(90), Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void theFleetSeesTheKioskAndItsDevices() {
        test.awaitDevicesReady();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest kiosks = HttpRequest.newBuilder(URI.create(test.stub.baseUrl() + "/admin/kiosks"))
                .header("X-Admin-Token", "stub-admin").build();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String body = http.send(kiosks, HttpResponse.BodyHandlers.ofString()).body();
            return body.contains("\"device\":\"receipt-printer\"") && body.contains("\"paper\":\"FULL\"");
        });
        // a fault shows up in the next beats
        test.kiosk.rack().channel("id-reader").orElseThrow().unplug();
        await().atMost(Duration.ofSeconds(20)).until(() -> http.send(kiosks, HttpResponse.BodyHandlers.ofString()).body()
                .matches("(?s).*\"device\":\"id-reader\",\"state\":\"(NO_DEVICE|OFFLINE)\".*"));
    }
}
