package kiosk.peripherals.scanner.camera;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads image files (whatever ImageIO reads: PNG, JPEG, BMP, GIF) into frames, checking size before decoding. */
public final class ImageFiles {

    private ImageFiles() {
    }

    public static LumaFrame read(Path file) throws FrameReadException {
        String origin = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new FrameReadException(origin, "no such file", null);
        }
        try (InputStream in = Files.newInputStream(file); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                throw new FrameReadException(origin, "not a readable image", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > LumaFrame.MAX_PIXELS) {
                    throw new FrameReadException(origin, "image too large (" + reader.getWidth(0) + "x" + reader.getHeight(0) + ")", null);
                }
                BufferedImage image = reader.read(0);
                return BufferedImageFrames.toLuma(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO plugins throw assorted runtime exceptions on corrupt files; all mean "unreadable".
            throw new FrameReadException(origin, "not a readable image (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
