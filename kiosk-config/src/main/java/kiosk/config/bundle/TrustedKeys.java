package kiosk.config.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The public keys a kiosk accepts configuration bundles from, by key id. */
public final class TrustedKeys {

    private final Map<String, PublicKey> byId = new LinkedHashMap<>();

    private TrustedKeys(List<PublicKey> keys) {
        keys.forEach(k -> byId.put(SigningKeys.keyId(k), k));
    }

    public static TrustedKeys of(PublicKey... keys) {
        return new TrustedKeys(List.of(keys));
    }

    /**
     * The demo operations key: the key backend-stub signs desired configurations with, trusted by a kiosk
     * in the demo profile only (its private half ships with the stub, so it proves nothing in production).
     */
    public static TrustedKeys demo() {
        try (var in = TrustedKeys.class.getResourceAsStream("demo-operations.pub")) {
            return of(SigningKeys.parsePublic(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One .pub file, or every *.pub file of a directory. */
    public static TrustedKeys load(Path fileOrDirectory) throws IOException {
        List<Path> files;
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".pub")).sorted().toList();
            }
        } else {
            files = List.of(fileOrDirectory);
        }
        List<PublicKey> keys = new java.util.ArrayList<>();
        for (Path f : files) {
            keys.add(SigningKeys.readPublic(f));
        }
        if (keys.isEmpty()) {
            throw new IOException("no public key (*.pub) in " + fileOrDirectory);
        }
        return new TrustedKeys(keys);
    }

    public Optional<PublicKey> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    public java.util.Set<String> ids() {
        return java.util.Collections.unmodifiableSet(byId.keySet());
    }
}
