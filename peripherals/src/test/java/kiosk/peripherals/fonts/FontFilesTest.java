package kiosk.peripherals.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFilesTest {

    @TempDir
    Path dir;

    private final byte[] face = new byte[200_000];

    private URL faceInAJar() throws Exception {
        new Random(7).nextBytes(face);
        Path jar = dir.resolve("fonts.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("kiosk/fonts/Test-Regular.ttf"));
            j.write(face);
            j.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/kiosk/fonts/Test-Regular.ttf");
    }

    @Test
    void aFaceInAJarIsCopiedOnceUnderItsCrcAndThenReused() throws Exception {
        URL url = faceInAJar();
        Path cache = dir.resolve("cache");

        Path first = FontFiles.of(url, cache).orElseThrow();
        assertThat(first.getParent()).isEqualTo(cache.resolve("fonts"));
        assertThat(first.getFileName().toString()).matches("Test-Regular-[0-9a-f]{8}\\.ttf");
        assertThat(Files.readAllBytes(first)).isEqualTo(face);

        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(first, old);
        assertThat(FontFiles.of(url, cache)).contains(first);
        assertThat(Files.getLastModifiedTime(first)).as("not written again").isEqualTo(old);
        try (var left = Files.list(cache.resolve("fonts"))) {
            assertThat(left).as("no partial copies left behind").containsExactly(first);
        }
    }

    @Test
    void aCutShortCopyIsReplacedByAWholeOne() throws Exception {
        URL url = faceInAJar();
        Path cache = dir.resolve("cache");
        Path file = FontFiles.of(url, cache).orElseThrow();
        Files.write(file, new byte[] {1, 2, 3});

        assertThat(FontFiles.of(url, cache)).contains(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(face);
    }

    @Test
    void whereTheCacheCannotBeWrittenThereIsNoFileAndTheCallerReadsTheStream() throws Exception {
        URL url = faceInAJar();
        Path notADirectory = Files.writeString(dir.resolve("cache"), "a file where the folder should be");

        assertThat(FontFiles.of(url, notADirectory)).isEmpty();
    }

    @Test
    void aFaceThatIsAlreadyAFileIsUsedWhereItIs() throws Exception {
        Path ttf = Files.write(dir.resolve("Plain.ttf"), new byte[] {0, 1, 0, 0});

        assertThat(FontFiles.of(ttf.toUri().toURL(), dir.resolve("cache"))).contains(ttf);
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void everyShippedFaceHasAFileOfItsFullSize() throws Exception {
        for (KioskFace face : KioskFace.values()) {
            long size;
            try (var in = face.open()) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            assertThat(face.file()).as(face.name()).isPresent();
            assertThat(Files.size(face.file().orElseThrow())).as(face.name()).isEqualTo(size);
        }
    }
}
