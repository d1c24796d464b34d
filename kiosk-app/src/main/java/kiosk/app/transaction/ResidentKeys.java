package kiosk.app.transaction;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an ID number into the journal's resident key: HMAC-SHA256 under a per-kiosk secret. The
 * journal can then find a resident's reprintable receipts without ever holding the ID number, and the
 * key cannot be reversed by hashing all possible ID numbers without the kiosk's secret.
 */
public final class ResidentKeys {

    private final SecretKeySpec secret;

    public ResidentKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("secret too short");
        }
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The resident key of an ID number (case and surrounding spaces ignored: the check digit may be x or X). */
    public String keyOf(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal(idNumber.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "rk1:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "ResidentKeys[secret hidden]";
    }
}
