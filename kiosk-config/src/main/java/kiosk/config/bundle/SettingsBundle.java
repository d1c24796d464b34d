package kiosk.config.bundle;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import kiosk.config.ConfigException;

/**
 * The fleet settings a backend wants a kiosk to run (a JSON document), signed by an operations key like a
 * {@link ConfigBundle}: an Ed25519 signature over format, version, key id and the document's bytes, so
 * neither the settings nor their version can be changed on the way. The format string differs from the
 * kiosk.yaml bundle's, so a signature made for one kind can never pass as the other.
 *
 * <p>Signed bytes, UTF-8: {@code kiosk-fleet-settings/1 \n version \n keyId \n document}.
 */
public record SettingsBundle(int version, String keyId, byte[] signature, String document) {

    public static final String FORMAT = "kiosk-fleet-settings/1";

    public SettingsBundle {
        Objects.requireNonNull(keyId, "keyId");
        signature = signature.clone();
        Objects.requireNonNull(document, "document");
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public static SettingsBundle sign(int version, String document, PrivateKey key, PublicKey publicKey) {
        String keyId = SigningKeys.keyId(publicKey);
        return new SettingsBundle(version, keyId, SigningKeys.sign(key, signedBytes(version, keyId, document)), document);
    }

    /**
     * The document, once the signature is checked: refused ({@code bundle.unknown-key},
     * {@code bundle.tampered}) when the key is not trusted or the signature does not cover these bytes.
     */
    public String verify(TrustedKeys trusted, String source) throws ConfigException {
        PublicKey key = trusted.find(keyId).orElseThrow(() -> ConfigBundle.refused(source, "bundle.unknown-key", keyId));
        if (!SigningKeys.verify(key, signedBytes(version, keyId, document), signature)) {
            throw ConfigBundle.refused(source, "bundle.tampered");
        }
        return document;
    }

    static byte[] signedBytes(int version, String keyId, String document) {
        return (FORMAT + "\n" + version + "\n" + keyId + "\n" + document).getBytes(StandardCharsets.UTF_8);
    }
}
