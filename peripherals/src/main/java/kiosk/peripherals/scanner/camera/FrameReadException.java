package kiosk.peripherals.scanner.camera;

/** A frame could not be read: missing or unreadable file, not an image, or too large. */
public final class FrameReadException extends Exception {

    private final String origin;

    public FrameReadException(String origin, String message, Throwable cause) {
        super(origin + ": " + message, cause);
        this.origin = origin;
    }

    /** The file or device the frame was to come from. */
    public String origin() {
        return origin;
    }
}
