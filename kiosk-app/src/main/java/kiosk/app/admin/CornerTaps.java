package kiosk.app.admin;

/**
 * The hidden gesture that opens the admin PIN pad: {@code taps} taps in the top-right corner square
 * (side {@code cornerFraction} of the shorter screen side) within {@code windowMillis}. A resident never
 * does that by accident, and nothing on screen hints at it. Pure logic: the view feeds it taps.
 */
public final class CornerTaps {

    private final int taps;
    private final long windowMillis;
    private final double cornerFraction;
    private final long[] times;
    private int count;

    public CornerTaps(int taps, long windowMillis, double cornerFraction) {
        if (taps < 2) {
            throw new IllegalArgumentException("at least two taps");
        }
        this.taps = taps;
        this.windowMillis = windowMillis;
        this.cornerFraction = cornerFraction;
        this.times = new long[taps];
    }

    /** Five taps within three seconds in a corner a tenth of the screen wide. */
    public static CornerTaps standard() {
        return new CornerTaps(5, 3_000, 0.1);
    }

    /** Feeds one tap; true when it completes the gesture (which then starts over). */
    public synchronized boolean tap(double x, double y, double width, double height, long atMillis) {
        double side = Math.min(width, height) * cornerFraction;
        if (x < width - side || y > side) {
            count = 0; // a tap elsewhere breaks the sequence
            return false;
        }
        times[count % taps] = atMillis;
        count++;
        if (count >= taps) {
            long oldest = times[count % taps];
            if (atMillis - oldest <= windowMillis) {
                count = 0;
                return true;
            }
        }
        return false;
    }
}
