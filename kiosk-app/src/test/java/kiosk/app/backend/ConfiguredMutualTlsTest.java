package kiosk.app.backend;

import kiosk.app.model.BackendException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import kiosk.config.ConfigException;
import kiosk.config.ConfigLoader;
import kiosk.config.KioskConfig;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutual TLS as a station configures it: PEM files and pins named in kiosk.yaml, nothing in code. */
class ConfiguredMutualTlsTest {

    @TempDir
    Path dir;
    private final HeldCertificate backendCa = new HeldCertificate.Builder().certificateAuthority(0).commonName("backend-ca").build();
    private final HeldCertificate kioskCa = new HeldCertificate.Builder().certificateAuthority(0).commonName("kiosk-ca").build();
    private final HeldCertificate backendCert = new HeldCertificate.Builder().signedBy(backendCa)
            .addSubjectAlternativeName("127.0.0.1").commonName("backend").build();
    private final HeldCertificate kioskCert = new HeldCertificate.Builder().signedBy(kioskCa).commonName("KIOSK-0042").build();
    private BackendStub stub;

    @BeforeEach
    void start() throws Exception {
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(5)
                .tls(new HandshakeCertificates.Builder().heldCertificate(backendCert, backendCa.certificate())
                        .addTrustedCertificate(kioskCa.certificate()).build(), true)
                .build());
        Files.writeString(dir.resolve("kiosk.pem"), kioskCert.certificatePem() + kioskCert.privateKeyPkcs8Pem());
        Files.writeString(dir.resolve("backend-ca.pem"), backendCa.certificatePem());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private String yaml(String pin) {
        return """
                kiosk-id: KIOSK-DEMO-001
                backend:
                  url: %s
                  api-key: demo-key-001
                  tls:
                    identity: %s
                    backend-ca: %s
                    pins: [%s]
                journal:
                  file: %s
                fleet:
                  trusted-keys: %s
                """.formatted(stub.baseUrl(), dir.resolve("kiosk.pem"), dir.resolve("backend-ca.pem"), pin,
                dir.resolve("journal.db"), dir.resolve("trusted-keys"));
    }

    @Test
    void theConfiguredCertificatesOpenTheChannel() throws Exception {
        KioskConfig config = ConfigLoader.parse(yaml(BackendTls.pinOf(backendCert.certificate())), "kiosk.yaml");
        assertThat(config.backend().tls().pins()).hasSize(1);
        assertThat(KioskBackends.create(config).lookupResident("330602198503151256", "张伟").residentId()).isNotBlank();
    }

    @Test
    void aConfiguredPinOfAnotherKeyRefusesTheBackend() throws Exception {
        HeldCertificate other = new HeldCertificate.Builder().signedBy(backendCa).build();
        KioskConfig config = ConfigLoader.parse(yaml(BackendTls.pinOf(other.certificate())), "kiosk.yaml");
        assertThatThrownBy(() -> KioskBackends.create(config).lookupResident("330602198503151256", "张伟"))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.code()).isEqualTo("TLS_PIN_MISMATCH"));
    }

    @Test
    void tlsSettingsAreValidatedWithTheirLines() {
        String badPin = yaml("md5/abc");
        assertThatThrownBy(() -> ConfigLoader.parse(badPin, "kiosk.yaml")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 8").hasMessageContaining("sha256/");
        String plainHttp = yaml(BackendTls.pinOf(backendCert.certificate())).replace("https://", "http://");
        assertThatThrownBy(() -> ConfigLoader.parse(plainHttp, "kiosk.yaml")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("backend.tls needs an https url");
    }
}
