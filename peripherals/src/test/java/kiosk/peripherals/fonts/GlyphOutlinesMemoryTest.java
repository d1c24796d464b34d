package kiosk.peripherals.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * FontBox holds a parsed face whole (139 MiB for all six): in the kiosk's heap (the unit's -Xmx160m, about
 * 35 MiB live after warm-up) receipts whose names need every face must still print, not end the process.
 */
class GlyphOutlinesMemoryTest {

    /** The child JVM: the kiosk's live heap as ballast, then a glyph of each face for some rare names. */
    public static final class EveryFaceInTheUnitsHeap {
        static byte[][] kioskLiveHeap = new byte[35][];

        public static void main(String[] args) {
            for (int i = 0; i < kioskLiveHeap.length; i++) {
                kioskLiveHeap[i] = new byte[1 << 20];
            }
            int[] names = {0x5218, 0x4DAE, 0x20BB7, 0x2A6A5, 0x9F98, 0x2B5AF, 0x3400, 0x2611};
            for (int round = 0; round < 3; round++) {
                for (KioskFace face : KioskFace.values()) {
                    for (int cp : names) {
                        GlyphOutlines.of(face).glyph(cp + round);
                    }
                }
            }
            System.out.println("DRAWN " + GlyphOutlines.of(KioskFace.HAN_EXT).glyph(0x20BB7).advance());
        }
    }

    @Test
    void everyFaceDrawsInTheUnitsHeapWithoutRunningOutOfMemory() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx160m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), EveryFaceInTheUnitsHeap.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(out).doesNotContain("OutOfMemoryError").contains("DRAWN ");
        assertThat(p.exitValue()).as(out).isZero();
    }
}
