package kiosk.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTPS with client certificates required: a kiosk with a certificate from the fleet CA gets in, others do not. */
class MutualTlsTest {

    static HeldCertificate ca;
    static BackendStub stub;

    @BeforeAll
    static void start() {
        ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("kiosk fleet CA").build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca).commonName("backend-stub")
                .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost").build();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder()
                .heldCertificate(server, ca.certificate()).addTrustedCertificate(ca.certificate()).build();
        stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(0).tls(serverCerts, true).build());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static OkHttpClient client(HeldCertificate clientCert) {
        HandshakeCertificates.Builder certs = new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate());
        if (clientCert != null) {
            certs.heldCertificate(clientCert, ca.certificate());
        }
        HandshakeCertificates built = certs.build();
        return new OkHttpClient.Builder().sslSocketFactory(built.sslSocketFactory(), built.trustManager())
                .callTimeout(Duration.ofSeconds(10)).retryOnConnectionFailure(false).build();
    }

    @Test
    void aKioskWithAFleetCertificateIsServed() throws IOException {
        HeldCertificate kiosk = new HeldCertificate.Builder().signedBy(ca).commonName("KIOSK-DEMO-001").build();
        assertThat(stub.baseUrl().getScheme()).isEqualTo("https");
        Request request = new Request.Builder().url(stub.baseUrl().resolve("/api/v1/payments/orders/O-1").toString())
                .header("X-Kiosk-Id", "KIOSK-DEMO-001").header("Authorization", "Bearer demo-key-001").build();
        try (Response r = client(kiosk).newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(r.body().string()).contains("ORDER_NOT_FOUND");
        }
    }

    @Test
    void aClientWithoutACertificateIsRefusedInTheHandshake() {
        Request request = new Request.Builder().url(stub.baseUrl().resolve("/api/v1/health").toString()).build();
        assertThatThrownBy(() -> {
            try (Response r = client(null).newCall(request).execute()) {
                r.body().string();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void aCertificateFromAnotherCaIsRefused() {
        HeldCertificate otherCa = new HeldCertificate.Builder().certificateAuthority(0).commonName("other").build();
        HeldCertificate stranger = new HeldCertificate.Builder().signedBy(otherCa).commonName("stranger").build();
        HandshakeCertificates certs = new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate())
                .heldCertificate(stranger, otherCa.certificate()).build();
        OkHttpClient http = new OkHttpClient.Builder().sslSocketFactory(certs.sslSocketFactory(), certs.trustManager())
                .callTimeout(Duration.ofSeconds(10)).retryOnConnectionFailure(false).build();
        Request request = new Request.Builder().url(stub.baseUrl().resolve("/api/v1/health").toString()).build();
        assertThatThrownBy(() -> {
            try (Response r = http.newCall(request).execute()) {
                r.body().string();
            }
        }).isInstanceOf(IOException.class);
    }
}
