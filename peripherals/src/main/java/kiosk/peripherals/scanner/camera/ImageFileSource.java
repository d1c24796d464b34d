package kiosk.peripherals.scanner.camera;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Frames from a list of image files, one frame per file, in the given order. */
public final class ImageFileSource implements FrameSource {

    private final List<Path> files;
    private int position;

    public ImageFileSource(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public Optional<SourcedFrame> next() throws FrameReadException {
        if (position >= files.size()) {
            return Optional.empty();
        }
        Path file = files.get(position++);
        return Optional.of(new SourcedFrame(file.toString(), ImageFiles.read(file)));
    }
}
