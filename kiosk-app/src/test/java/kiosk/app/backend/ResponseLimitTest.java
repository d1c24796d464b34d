package kiosk.app.backend;

import kiosk.app.model.BackendException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import kiosk.config.KioskConfig;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 4 MiB answer limit counts the bytes actually read, whether or not a length was declared. */
class ResponseLimitTest {

    @TempDir
    Path dir;
    MockWebServer server;
    HttpKioskBackend backend;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        KioskConfig config = TestConfigs.pointingAt(server.url("/").toString(), dir.resolve("j.db"));
        backend = new HttpKioskBackend(config.backend(), config.kioskId());
    }

    @AfterEach
    void stop() {
        backend.shutdown();
        server.close();
    }

    /** A well-formed order padded to {@code bytes}: only its size is wrong. */
    private static String paddedOrder(int bytes) {
        String head = "{\"orderId\":\"O-1\",\"amountCents\":100,\"status\":\"PENDING\",\"pad\":\"";
        return head + "x".repeat(bytes - head.length() - 2) + "\"}";
    }

    @Test
    void anOversizedChunkedBodyIsRefusedOnceItPassesTheLimit() {
        Buffer body = new Buffer().writeUtf8(paddedOrder(5 * 1024 * 1024));
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody(body, 64 * 1024).build());
        BackendException e = catchThrowableOfType(BackendException.class, () -> backend.order("O-1"));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(BackendException.Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("longer than 4194304 bytes");
    }

    @Test
    void aChunkedBodyUnderTheLimitIsRead() throws Exception {
        Buffer body = new Buffer().writeUtf8(paddedOrder(1024 * 1024));
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody(body, 64 * 1024).build());
        assertThat(backend.order("O-1").orderId()).isEqualTo("O-1");
    }

    @Test
    void aDeclaredOversizedBodyIsRefusedBeforeReading() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(paddedOrder(4 * 1024 * 1024 + 10)).build());
        BackendException e = catchThrowableOfType(BackendException.class, () -> backend.order("O-1"));
        assertThat(e.kind()).isEqualTo(BackendException.Kind.BAD_RESPONSE);
    }
}
