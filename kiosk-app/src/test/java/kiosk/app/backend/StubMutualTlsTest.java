package kiosk.app.backend;

import kiosk.app.model.BackendException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosk.app.model.BackendException.Kind;
import kiosk.config.KioskConfig;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutual TLS between the kiosk client and the real backend-stub, certificates generated here. */
class StubMutualTlsTest {

    @TempDir
    Path dir;
    private final HeldCertificate backendCa = ca("backend-ca");
    private final HeldCertificate kioskCa = ca("kiosk-ca");
    private final HeldCertificate backendCert = new HeldCertificate.Builder().signedBy(backendCa)
            .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost").commonName("backend").build();
    private final HeldCertificate kioskCert = new HeldCertificate.Builder().signedBy(kioskCa)
            .commonName("KIOSK-DEMO-001").build();
    private BackendStub stub;

    private static HeldCertificate ca(String name) {
        return new HeldCertificate.Builder().certificateAuthority(0).commonName(name).build();
    }

    @BeforeEach
    void start() {
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
                .heldCertificate(backendCert, backendCa.certificate())
                .addTrustedCertificate(kioskCa.certificate())
                .build();
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(5)
                .tls(serverSide, true).build());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private ResilientKioskBackend backend(BackendTls tls) {
        KioskConfig config = TestConfigs.pointingAt(stub.baseUrl().toString(), dir.resolve("j.db"),
                Duration.ofMillis(800), Duration.ofMillis(1500), Duration.ofMillis(3000));
        return KioskBackends.create(config, tls, TestConfigs.fastPolicy());
    }

    @Test
    void pinnedBackendAndKioskCertificateMakeAWorkingChannel() throws Exception {
        BackendTls tls = BackendTls.of(kioskCert, backendCa.certificate(), List.of(BackendTls.pinOf(backendCert.certificate())));
        assertThat(stub.baseUrl().getScheme()).isEqualTo("https");
        assertThat(backend(tls).lookupResident("330602198503151256", "张伟").residentId()).isNotBlank();
    }

    @Test
    void anotherBackendKeyIsRefusedByThePin() {
        HeldCertificate other = new HeldCertificate.Builder().signedBy(backendCa).build();
        BackendTls tls = BackendTls.of(kioskCert, backendCa.certificate(), List.of(BackendTls.pinOf(other.certificate())));
        BackendException e = catchThrowableOfType(BackendException.class,
                () -> backend(tls).lookupResident("330602198503151256", "张伟"));
        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.code()).isEqualTo("TLS_PIN_MISMATCH");
    }

    @Test
    void kioskWithoutCertificateGetsNoAnswer() {
        HandshakeCertificates noIdentity = new HandshakeCertificates.Builder()
                .addTrustedCertificate(backendCa.certificate()).build();
        BackendTls tls = new BackendTls(noIdentity, List.of(BackendTls.pinOf(backendCert.certificate())));
        BackendException e = catchThrowableOfType(BackendException.class,
                () -> backend(tls).lookupResident("330602198503151256", "张伟"));
        assertThat(e).isNotNull();
        // TLS 1.3 rejects the missing certificate after the client's handshake: seen as a refused handshake or a lost connection.
        assertThat(e.kind()).as(e.getMessage()).isIn(Kind.UNAUTHORIZED, Kind.UNREACHABLE);
    }
}
