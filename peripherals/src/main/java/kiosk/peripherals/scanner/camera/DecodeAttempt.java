package kiosk.peripherals.scanner.camera;

import java.util.Objects;

/**
 * One way of looking at a frame: which view of it (scaled, cropped, enhanced), which binarizer, whether the
 * bits are inverted (dark-mode codes) and whether ZXing's finder scans every row (TRY_HARDER).
 */
public record DecodeAttempt(String name, View view, Binarization binarization, boolean inverted, boolean tryHarder) {

    public DecodeAttempt {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(binarization, "binarization");
    }

    /** The image a decode attempt starts from. Views are computed at most once per frame. */
    public enum View {
        /** The frame area-downscaled so its larger side fits the working size (or the frame itself). */
        WORKING,
        /** The working view with its histogram stretched: dim, washed-out or low-contrast screens. */
        WORKING_STRETCHED,
        /** The working view after a 3x3 box blur: screen-pixel moire, JPEG ringing, sensor noise. */
        WORKING_BLURRED,
        /** The working view with local contrast normalised: low contrast, glare, uneven light. */
        WORKING_NORMALIZED,
        /** The working view sharpened (unsharp mask): defocus and motion blur. */
        WORKING_SHARPENED,
        /** The sharpened working view with local contrast normalised: blur together with glare or low contrast. */
        WORKING_ENHANCED,
        /** A view at most twice the working size: small codes that the working view shrinks below 2 px per module. */
        FINE,
        /** The central 60% of the frame at native resolution (at most working size): small codes far away. */
        NATIVE_CENTRE,
        /** The centre window of the working view upscaled 2x: codes whose modules are one or two pixels. */
        CENTRE_UPSCALED,
        /** The frame at native resolution. */
        NATIVE
    }

    /**
     * ZXing's two binarizers (local 8x8-block thresholds; one global threshold from the histogram) and a
     * local-mean threshold without a minimum contrast, for dim and glare-washed screens, optionally of the
     * image sharpened by an unsharp mask (fused into the same pass) for defocus and motion blur.
     */
    public enum Binarization { HYBRID, GLOBAL_HISTOGRAM, LOCAL_MEAN, LOCAL_MEAN_SHARPENED }
}
