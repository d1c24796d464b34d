package kiosk.peripherals.scanner.camera;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * One synthetic camera frame and what is on it: the expected payload bytes and their charset, or nothing
 * for a frame without a code.
 */
record CorpusSample(String id, PhoneScreenCorpus.Condition condition, LumaFrame frame, byte[] expectedPayload, Charset charset) {

    boolean hasCode() {
        return expectedPayload != null;
    }

    Optional<String> expectedText() {
        return hasCode() ? Optional.of(new String(expectedPayload, charset)) : Optional.empty();
    }

    @Override
    public String toString() {
        return id + "(" + condition + ", " + frame.width() + "x" + frame.height() + ")";
    }
}
