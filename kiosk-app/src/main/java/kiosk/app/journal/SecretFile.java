package kiosk.app.journal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;

/**
 * A per-kiosk secret in a file of its own with owner-only permissions (0600), apart from the
 * journal: a copied journal cannot be matched against guessed ID numbers without it.
 */
public final class SecretFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private SecretFile() {
    }

    /**
     * The secret in {@code file}; created once with {@code bytes} random bytes (or with {@code legacy}'s
     * value when an older journal still holds one, so existing resident keys keep matching).
     */
    public static byte[] loadOrCreate(Path file, int bytes, Supplier<byte[]> legacy) {
        try {
            if (Files.exists(file)) {
                tighten(file);
                byte[] secret = Files.readAllBytes(file);
                if (secret.length < 16) {
                    throw new JournalException("the resident-key secret file is too short", null);
                }
                return secret;
            }
            byte[] secret = legacy.get();
            if (secret == null) {
                secret = new byte[bytes];
                new SecureRandom().nextBytes(secret);
            }
            write(file, secret);
            return secret;
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(file, bytes, () -> null); // another process made it first
        } catch (IOException e) {
            throw new JournalException("cannot read or write the resident-key secret", e);
        }
    }

    private static void write(Path file, byte[] secret) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean posix = Files.getFileStore(parent == null ? Path.of(".") : parent).supportsFileAttributeView("posix");
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(secret));
            out.force(true);
        }
    }

    /** A secret readable by others is no secret: make it owner-only again. */
    private static void tighten(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")
                && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
