package kiosk.app.backend;

import kiosk.app.model.BackendException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kiosk.app.model.BackendException.Kind;
import kiosk.config.KioskConfig;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutual TLS with certificates made at test time: a backend CA, a kiosk CA and a pinned backend key. */
class MutualTlsTest {

    private static final String ORDER = "{\"orderId\":\"ORD-1\",\"amountCents\":100,\"status\":\"PENDING\"}";

    @TempDir
    Path dir;
    private final HeldCertificate backendCa = ca("backend-ca");
    private final HeldCertificate kioskCa = ca("kiosk-ca");
    private final HeldCertificate backendCert = new HeldCertificate.Builder().signedBy(backendCa)
            .addSubjectAlternativeName("localhost").commonName("backend").build();
    private final HeldCertificate kioskCert = new HeldCertificate.Builder().signedBy(kioskCa)
            .commonName("KIOSK-DEMO-001").build();
    private MockWebServer server;

    private static HeldCertificate ca(String name) {
        return new HeldCertificate.Builder().certificateAuthority(0).commonName(name).build();
    }

    @BeforeEach
    void start() throws Exception {
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
                .heldCertificate(backendCert, backendCa.certificate())
                .addTrustedCertificate(kioskCa.certificate())
                .build();
        server = new MockWebServer();
        server.useHttps(serverSide.sslSocketFactory());
        server.requireClientAuth();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ResilientKioskBackend backend(BackendTls tls) {
        KioskConfig config = TestConfigs.pointingAt(server.url("/").toString(), dir.resolve("j.db"),
                Duration.ofMillis(800), Duration.ofMillis(1500), Duration.ofMillis(3000));
        return KioskBackends.create(config, tls, TestConfigs.fastPolicy());
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(ORDER).build();
    }

    @Test
    void kioskWithItsCertificateReachesThePinnedBackend() throws Exception {
        server.enqueue(ok());
        BackendTls tls = BackendTls.of(kioskCert, backendCa.certificate(), List.of(BackendTls.pinOf(backendCert.certificate())));
        assertThat(backend(tls).order("ORD-1").orderId()).isEqualTo("ORD-1");
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getHandshake().peerPrincipal().getName()).contains("KIOSK-DEMO-001");
    }

    @Test
    void certificatesLoadFromPemFiles() throws Exception {
        server.enqueue(ok());
        Path identity = Files.writeString(dir.resolve("kiosk.pem"),
                kioskCert.certificatePem() + kioskCert.privateKeyPkcs8Pem());
        Path ca = Files.writeString(dir.resolve("backend-ca.pem"), backendCa.certificatePem());
        BackendTls tls = BackendTls.fromPemFiles(identity, ca, List.of(BackendTls.pinOf(backendCert.certificate())));
        assertThat(backend(tls).order("ORD-1").orderId()).isEqualTo("ORD-1");
    }

    @Test
    void wrongPinnedKeyIsRefusedBeforeAnythingIsSent() {
        server.enqueue(ok());
        HeldCertificate impostor = new HeldCertificate.Builder().signedBy(backendCa).addSubjectAlternativeName("localhost").build();
        BackendTls tls = BackendTls.of(kioskCert, backendCa.certificate(), List.of(BackendTls.pinOf(impostor.certificate())));
        BackendException e = catchThrowableOfType(BackendException.class, () -> backend(tls).order("ORD-1"));
        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.code()).isEqualTo("TLS_PIN_MISMATCH");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void kioskWithoutCertificateIsTurnedAway() throws Exception {
        server.enqueue(ok());
        HandshakeCertificates noIdentity = new HandshakeCertificates.Builder()
                .addTrustedCertificate(backendCa.certificate()).build();
        BackendTls tls = new BackendTls(noIdentity, List.of(BackendTls.pinOf(backendCert.certificate())));
        BackendException e = catchThrowableOfType(BackendException.class, () -> backend(tls).order("ORD-1"));
        assertThat(e).isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isIn(Kind.UNAUTHORIZED, Kind.UNREACHABLE);
        assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void kioskCertificateFromAnotherCaIsTurnedAway() throws Exception {
        server.enqueue(ok());
        HeldCertificate rogue = new HeldCertificate.Builder().signedBy(ca("rogue-ca")).commonName("KIOSK-X").build();
        BackendTls tls = BackendTls.of(rogue, backendCa.certificate(), List.of(BackendTls.pinOf(backendCert.certificate())));
        BackendException e = catchThrowableOfType(BackendException.class, () -> backend(tls).order("ORD-1"));
        assertThat(e).isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isIn(Kind.UNAUTHORIZED, Kind.UNREACHABLE);
        assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void backendWithAnUntrustedCertificateIsRefused() {
        server.enqueue(ok());
        HeldCertificate otherCa = ca("other-backend-ca");
        BackendTls tls = BackendTls.of(kioskCert, otherCa.certificate(), List.of());
        BackendException e = catchThrowableOfType(BackendException.class, () -> backend(tls).order("ORD-1"));
        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.code()).isEqualTo("TLS_REFUSED");
    }
}
