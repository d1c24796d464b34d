package kiosk.config.bundle;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import kiosk.config.ConfigException;
import kiosk.config.ConfigLoader;
import kiosk.config.KioskConfig;
import kiosk.config.Problem;

/**
 * A kiosk.yaml signed for distribution: its version (the yaml's own {@code version}), the id of the
 * signing key and an Ed25519 signature over format, version, key id and the yaml bytes, so neither the
 * text nor the version can be changed without the signature failing. Text form:
 * <pre>
 * format: kiosk-config-bundle/1
 * version: 12
 * key: 3f2a9c01d4e5b6a7
 * signature: BASE64
 * ---
 * (the kiosk.yaml, byte for byte)
 * </pre>
 */
public record ConfigBundle(int version, String keyId, byte[] signature, String yaml) {

    public static final String FORMAT = "kiosk-config-bundle/1";
    private static final String SEPARATOR = "---\n";

    public ConfigBundle {
        Objects.requireNonNull(keyId, "keyId");
        signature = signature.clone();
        Objects.requireNonNull(yaml, "yaml");
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Signs a configuration that validates; its version is the yaml's {@code version}. */
    public static ConfigBundle sign(String yaml, String source, PrivateKey key, PublicKey publicKey) throws ConfigException {
        KioskConfig config = ConfigLoader.parse(yaml, source);
        String keyId = SigningKeys.keyId(publicKey);
        return new ConfigBundle(config.version(), keyId, SigningKeys.sign(key, signedBytes(config.version(), keyId, yaml)), yaml);
    }

    public String text() {
        return "format: " + FORMAT + "\nversion: " + version + "\nkey: " + keyId + "\nsignature: "
                + Base64.getEncoder().encodeToString(signature) + "\n" + SEPARATOR + yaml;
    }

    public static ConfigBundle parse(String text, String source) throws ConfigException {
        int split = text.indexOf(SEPARATOR);
        if (split < 0) {
            throw refused(source, "bundle.malformed");
        }
        String[] header = text.substring(0, split).split("\n");
        if (header.length != 4 || !header[0].equals("format: " + FORMAT) || !header[1].startsWith("version: ")
                || !header[2].startsWith("key: ") || !header[3].startsWith("signature: ")) {
            throw refused(source, "bundle.malformed");
        }
        try {
            return new ConfigBundle(Integer.parseInt(header[1].substring(9).trim()), header[2].substring(5).trim(),
                    Base64.getDecoder().decode(header[3].substring(11).trim()), text.substring(split + SEPARATOR.length()));
        } catch (IllegalArgumentException e) {
            throw refused(source, "bundle.malformed");
        }
    }

    /**
     * The configuration, once the signature is checked against the trusted keys and the yaml validated;
     * refused when a key is unknown, the signature does not match, or the versions disagree.
     */
    public KioskConfig verify(TrustedKeys trusted, String source) throws ConfigException {
        PublicKey key = trusted.find(keyId).orElseThrow(() -> refused(source, "bundle.unknown-key", keyId));
        if (!SigningKeys.verify(key, signedBytes(version, keyId, yaml), signature)) {
            throw refused(source, "bundle.tampered");
        }
        KioskConfig config = ConfigLoader.parse(yaml, source);
        if (config.version() != version) {
            throw refused(source, "bundle.version-mismatch", version, config.version());
        }
        return config;
    }

    static ConfigException refused(String source, String key, Object... args) {
        return new ConfigException(List.of(Problem.at(0, key, args)), source);
    }

    private static byte[] signedBytes(int version, String keyId, String yaml) {
        return (FORMAT + "\n" + version + "\n" + keyId + "\n" + yaml).getBytes(StandardCharsets.UTF_8);
    }
}
