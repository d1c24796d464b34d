package kiosk.app.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import okhttp3.CertificatePinner;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Mutual TLS towards the backend: the kiosk presents its own certificate (issued by the kiosk CA the
 * backend trusts), trusts the backend's CA, and pins the backend's public key (SPKI SHA-256), so a
 * certificate mis-issued by the same CA is still refused.
 *
 * @param clientCertificates the kiosk's identity and the roots it trusts
 * @param pins               {@code sha256/<base64>} SPKI pins of the backend; empty pins nothing
 */
public record BackendTls(HandshakeCertificates clientCertificates, List<String> pins) {

    public BackendTls {
        Objects.requireNonNull(clientCertificates, "clientCertificates");
        pins = List.copyOf(pins);
    }

    /** Builds the settings from the kiosk's held certificate, the backend's CA and the backend key pins. */
    public static BackendTls of(HeldCertificate kioskIdentity, X509Certificate backendCa, List<String> pins) {
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(kioskIdentity)
                .addTrustedCertificate(backendCa)
                .build();
        return new BackendTls(certificates, pins);
    }

    /**
     * Production: the kiosk's certificate and private key in one PEM file (certificate, then PKCS#8 key),
     * the backend CA as a PEM file, and the pins as configured.
     */
    public static BackendTls fromPemFiles(Path kioskCertificateAndKey, Path backendCaPem, List<String> pins)
            throws IOException {
        HeldCertificate identity = HeldCertificate.decode(Files.readString(kioskCertificateAndKey, StandardCharsets.US_ASCII));
        X509Certificate ca = okhttp3.tls.Certificates.decodeCertificatePem(
                Files.readString(backendCaPem, StandardCharsets.US_ASCII));
        return of(identity, ca, pins);
    }

    /** The pin OkHttp expects for a certificate's public key. */
    public static String pinOf(X509Certificate certificate) {
        return CertificatePinner.pin(certificate);
    }

    CertificatePinner pinnerFor(String host) {
        CertificatePinner.Builder builder = new CertificatePinner.Builder();
        for (String pin : pins) {
            builder.add(host, pin);
        }
        return builder.build();
    }
}
