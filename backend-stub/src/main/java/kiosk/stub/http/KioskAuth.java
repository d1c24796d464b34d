package kiosk.stub.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kiosk.stub.db.Database;
import kiosk.stub.db.Sql;

/** Per-kiosk API keys, stored as SHA-256 hashes; a small cache keeps the hot path off the database. */
public final class KioskAuth {

    private final Database db;
    private final Map<String, Optional<byte[]>> keyHashes = new ConcurrentHashMap<>();

    public KioskAuth(Database db) {
        this.db = db;
    }

    /** The kiosk id when the headers name a known kiosk with its right key. */
    public Optional<String> authenticate(String kioskId, String authorization) {
        if (kioskId == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        Optional<byte[]> expected = keyHashes.computeIfAbsent(kioskId, id -> db.inTransaction(c ->
                Sql.one(c, "SELECT key_hash FROM kiosk WHERE kiosk_id = ?", rs -> HexFormat.of().parseHex(rs.getString(1)), id)));
        byte[] given = sha256(authorization.substring("Bearer ".length()).trim());
        if (expected.isEmpty()) {
            keyHashes.remove(kioskId); // do not let unknown ids grow the cache
            return Optional.empty();
        }
        return MessageDigest.isEqual(expected.get(), given) ? Optional.of(kioskId) : Optional.empty();
    }

    public void forget() {
        keyHashes.clear();
    }

    public static String hashKey(String apiKey) {
        return HexFormat.of().formatHex(sha256(apiKey));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison for the admin token. */
    public static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(sha256(expected), sha256(given));
    }
}
