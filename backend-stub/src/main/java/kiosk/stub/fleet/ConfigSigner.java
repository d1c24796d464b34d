package kiosk.stub.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs the desired configuration a kiosk fetches, with an operations key (Ed25519, JDK), in the kiosk's
 * fleet-settings bundle format: a signature over {@code kiosk-fleet-settings/1 \n version \n keyId \n
 * document}, the document being the desired configuration's JSON exactly as served. A real backend stores
 * documents that operations signed offline and never holds the private key; the stub signs on the way out
 * with the demo key, whose private half ships here (kiosks trust it in the demo profile only).
 */
public final class ConfigSigner {

    public static final String FORMAT = "kiosk-fleet-settings/1";

    /** What a kiosk verifies: the document, its version, the key's id and the signature. */
    public record Signed(String format, int version, String keyId, String signature, String document) {
    }

    private final KeyPair key;
    private final String keyId;

    public ConfigSigner(KeyPair key) {
        this.key = key;
        this.keyId = keyId(key);
    }

    /** The demo operations key (resources kiosk/stub/fleet/demo-operations.key and .pub). */
    public static KeyPair demoKey() {
        try {
            KeyFactory ed = KeyFactory.getInstance("Ed25519");
            return new KeyPair(ed.generatePublic(new X509EncodedKeySpec(pem("demo-operations.pub", "PUBLIC KEY"))),
                    ed.generatePrivate(new PKCS8EncodedKeySpec(pem("demo-operations.key", "PRIVATE KEY"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the demo operations key is damaged", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public Signed sign(int version, String document) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update((FORMAT + "\n" + version + "\n" + keyId + "\n" + document).getBytes(StandardCharsets.UTF_8));
            return new Signed(FORMAT, version, keyId, Base64.getEncoder().encodeToString(signer.sign()), document);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** First 16 hex digits of the SHA-256 of the public key (X.509 encoding): the kiosk names keys the same way. */
    static String keyId(KeyPair key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getPublic().getEncoded()), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String resource, String type) {
        try (InputStream in = ConfigSigner.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String begin = "-----BEGIN " + type + "-----";
            return Base64.getMimeDecoder().decode(text.substring(text.indexOf(begin) + begin.length(),
                    text.indexOf("-----END " + type + "-----")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
