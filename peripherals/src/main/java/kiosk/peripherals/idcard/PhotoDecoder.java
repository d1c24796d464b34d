package kiosk.peripherals.idcard;

import java.util.Optional;

/**
 * Turns WLT photo data into an image (e.g. BMP bytes). The WLT codec is licensed and not shipped:
 * a deployment plugs its vendor's decoder in; by default no decoder is available and the kiosk
 * works without the photo.
 */
@FunctionalInterface
public interface PhotoDecoder {

    /** The decoded image, or empty when this decoder cannot decode the photo. */
    Optional<byte[]> decode(WltPhoto photo);

    /** Whether this decoder can decode anything at all. */
    default boolean isAvailable() {
        return true;
    }

    /** The default: no WLT decoder installed. */
    static PhotoDecoder none() {
        return new PhotoDecoder() {
            @Override
            public Optional<byte[]> decode(WltPhoto photo) {
                return Optional.empty();
            }

            @Override
            public boolean isAvailable() {
                return false;
            }

            @Override
            public String toString() {
                return "PhotoDecoder.none";
            }
        };
    }
}
