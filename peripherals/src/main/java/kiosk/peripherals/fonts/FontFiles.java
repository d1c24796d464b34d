package kiosk.peripherals.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped faces as plain files. JavaFX and AWT given a stream copy it to a temporary file first,
 * every start: 55 MB inflated from the jar and written out took most of a second before the first screen;
 * given a file they read only the tables they need. A face inside a jar is copied once into the cache
 * folder, under a name holding the jar entry's CRC, so a new font version gets a new file, and by an
 * atomic move, so a file of that name is always whole. Where the cache cannot be written (read-only, full
 * disk) the caller falls back to the stream: a slower start, never a kiosk without text.
 */
public final class FontFiles {

    /** Looked up when used, not when the class loads: it runs before the first frame, Logback starts after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(FontFiles.class);
    }

    private FontFiles() {
    }

    /**
     * The cache folder of this kiosk: -Dkiosk.cache.dir, else $XDG_CACHE_HOME/kiosk (the unit sets it to
     * its CacheDirectory), else ~/.cache/kiosk; the faces go in its "fonts" folder.
     */
    public static Path defaultCacheDir() {
        String configured = System.getProperty("kiosk.cache.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("kiosk");
    }

    /** A file holding {@code resource}: the resource itself when it is one, else its copy in {@code cacheDir}/fonts. */
    public static Optional<Path> of(URL resource, Path cacheDir) {
        try {
            if ("file".equals(resource.getProtocol())) {
                return Optional.of(Path.of(resource.toURI()));
            }
            URLConnection connection = resource.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            connection.setUseCaches(true); // the class loader's open jar, not a second one
            var entry = jar.getJarEntry();
            String name = Path.of(entry.getName()).getFileName().toString();
            int dot = name.lastIndexOf('.');
            String keyed = String.format(Locale.ROOT, "%s-%08x%s", dot < 0 ? name : name.substring(0, dot), entry.getCrc(),
                    dot < 0 ? "" : name.substring(dot));
            Path dir = cacheDir.resolve("fonts");
            Path file = dir.resolve(keyed);
            if (Files.isRegularFile(file) && Files.size(file) == entry.getSize()) {
                return Optional.of(file);
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, keyed, ".partial");
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(file);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            log().warn("font {} not cached as a file in {} ({}): read from the jar instead, which is slower",
                    resource.getPath(), cacheDir, e.toString());
            return Optional.empty();
        }
    }
}
