package kiosk.peripherals.scanner.camera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Frames from the image files directly inside a folder, by file name order. */
public final class ImageFolderSource implements FrameSource {

    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    private final ImageFileSource files;

    public ImageFolderSource(Path folder) throws FrameReadException {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> images = listing.filter(Files::isRegularFile).filter(ImageFolderSource::isImageName).sorted().toList();
            this.files = new ImageFileSource(images);
        } catch (IOException e) {
            throw new FrameReadException(folder.toString(), "folder cannot be listed", e);
        }
    }

    @Override
    public Optional<SourcedFrame> next() throws FrameReadException {
        return files.next();
    }

    private static boolean isImageName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
