package kiosk.peripherals.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image files and folders as frame sources, and the BufferedImage adapter. */
class FrameSourceTest {

    @TempDir
    Path dir;

    @Test
    void folderYieldsItsImagesInNameOrderAndSkipsOtherFiles() throws Exception {
        write(CleanCodes.of("second".getBytes(StandardCharsets.UTF_8), 3), "b.png", "png");
        write(CleanCodes.of("first".getBytes(StandardCharsets.UTF_8), 3), "a.jpg", "jpeg");
        Files.writeString(dir.resolve("notes.txt"), "not an image");

        List<String> origins = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        QrDecodePipeline pipeline = QrDecodePipeline.withDefaults();
        try (FrameSource source = new ImageFolderSource(dir)) {
            for (Optional<FrameSource.SourcedFrame> next = source.next(); next.isPresent(); next = source.next()) {
                origins.add(Path.of(next.get().origin()).getFileName().toString());
                if (pipeline.decode(next.get().frame()) instanceof QrDecodeOutcome.Decoded decoded) {
                    texts.add(decoded.code().text());
                }
            }
        }
        assertThat(origins).containsExactly("a.jpg", "b.png");
        assertThat(texts).containsExactly("first", "second");
    }

    @Test
    void unreadableFileIsATypedErrorNamingTheFile() throws Exception {
        Path garbage = dir.resolve("garbage.png");
        Files.write(garbage, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path missing = dir.resolve("missing.png");
        FrameSource source = new ImageFileSource(List.of(garbage, missing));
        assertThatThrownBy(source::next).isInstanceOfSatisfying(FrameReadException.class,
                e -> assertThat(e.origin()).endsWith("garbage.png"));
        assertThatThrownBy(source::next).isInstanceOfSatisfying(FrameReadException.class,
                e -> assertThat(e.getMessage()).contains("no such file"));
        assertThat(source.next()).isEmpty();
    }

    @Test
    void colourImagesBecomeLuminanceAndTransparencyIsWhite() {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xFFFF0000); // opaque red
        image.setRGB(1, 0, 0xFF000000); // opaque black
        image.setRGB(2, 0, 0x00000000); // transparent
        LumaFrame frame = BufferedImageFrames.toLuma(image);
        assertThat(frame.luma(0, 0)).isBetween(70, 80);
        assertThat(frame.luma(1, 0)).isZero();
        assertThat(frame.luma(2, 0)).isEqualTo(255);
        assertThat(BufferedImageFrames.toLuma(BufferedImageFrames.toImage(frame))).isEqualTo(frame);
    }

    private void write(LumaFrame frame, String name, String format) throws Exception {
        ImageIO.write(BufferedImageFrames.toImage(frame), format, dir.resolve(name).toFile());
    }
}
