package kiosk.peripherals.scanner.camera;

/** A frame could not be read: missing or unreadable file, not an image, or too large. */
public final class FrameReadException extends Exception {

    private final String origin;
    private final String problem;

    public FrameReadException(String origin, String problem, Throwable cause) {
        super(origin + ": " + problem, cause);
        this.origin = origin;
        this.problem = problem;
    }

    /** What is wrong, without the origin: "no such file", "not a readable image", ... */
    public String problem() {
        return problem;
    }

    /** The file or device the frame was to come from. */
    public String origin() {
        return origin;
    }
}
