package kiosk.peripherals.scanner.camera;

import java.util.Optional;

/**
 * Where frames come from: image files, a folder of images, later a camera. {@link #next()} returns empty when
 * the source is exhausted; a frame that cannot be read is a {@link FrameReadException} naming it, and the
 * source moves on to the next one.
 */
public interface FrameSource extends AutoCloseable {

    Optional<SourcedFrame> next() throws FrameReadException;

    @Override
    default void close() {
    }

    /** A frame and where it came from (a file name, a camera id and frame number). */
    record SourcedFrame(String origin, LumaFrame frame) {
    }
}
