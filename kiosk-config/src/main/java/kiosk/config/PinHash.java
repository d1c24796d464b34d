package kiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A staff PIN (or a staff card's number) kept as a slow salted hash, PBKDF2-HMAC-SHA256 from the JDK,
 * written {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (base64). A copied kiosk.yaml does not give the PIN
 * away: six digits are a million guesses, each one {@code iterations} HMACs.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha256";

    public PinHash {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("at least 1000 iterations");
        }
        salt = salt.clone();
        hash = hash.clone();
        if (salt.length < 16 || hash.length != 32) {
            throw new IllegalArgumentException("a 16-byte salt or longer and a 32-byte hash");
        }
    }

    public static PinHash create(char[] secret, int iterations) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new PinHash(iterations, salt, derive(secret, salt, iterations));
    }

    /** Parses the text form; IllegalArgumentException when it is not one. */
    public static PinHash parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").trim().split(":");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not " + PREFIX + ":ITERATIONS:SALT:HASH");
        }
        try {
            return new PinHash(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]),
                    Base64.getDecoder().decode(parts[3]));
        } catch (IllegalArgumentException e) { // NumberFormatException is one
            throw new IllegalArgumentException("not " + PREFIX + ":ITERATIONS:SALT:HASH", e);
        }
    }

    /** Whether the secret is the one hashed; compares in constant time. */
    public boolean matches(char[] secret) {
        return MessageDigest.isEqual(hash, derive(secret, salt, iterations));
    }

    public String text() {
        return PREFIX + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinHash p && p.iterations == iterations && MessageDigest.isEqual(p.salt, salt)
                && MessageDigest.isEqual(p.hash, hash);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return PREFIX + ":" + iterations + ":(hidden)";
    }

    private static byte[] derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
