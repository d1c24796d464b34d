package kiosk.app.cli.soak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapHistogramTest {

    private static final String START = """
            12345:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         47769        3700000  [B (java.base@17.0.15)
               2:          9000        9000000  [I (java.base@17.0.15)
               3:           100           3200  kiosk.app.admin.RecentEvents$Event
            Total        56869       12703200
            """;

    private static final String END = """
            12345:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:         50029        3881232  [B (java.base@17.0.15)
               2:          9000        9000000  [I (java.base@17.0.15)
               3:           200           6400  kiosk.app.admin.RecentEvents$Event
               4:             1             16  kiosk.app.New
            Total        59230       12887648
            """;

    @Test
    void namesTheClassesThatGrewLargestFirst() {
        var grown = HeapHistogram.parse(END).grownSince(HeapHistogram.parse(START), 3);

        assertThat(grown).extracting(HeapHistogram.Growth::className)
                .containsExactly("[B", "kiosk.app.admin.RecentEvents$Event", "kiosk.app.New");
        assertThat(grown.get(0).bytes()).isEqualTo(181_232);
        assertThat(grown.get(0).instances()).isEqualTo(2_260);
        assertThat(HeapHistogram.line(grown.get(1))).isEqualTo(
                "      +3,200 bytes      +100 instances  kiosk.app.admin.RecentEvents$Event");
    }

    @Test
    void namesTheClassesThatShrankAndThoseThatWentAway() {
        var shrunk = HeapHistogram.parse(START).grownSince(HeapHistogram.parse(END), 5);
        assertThat(shrunk).extracting(HeapHistogram.Growth::className).doesNotContain("[I"); // unchanged

        var gone = HeapHistogram.parse(START).shrunkSince(HeapHistogram.parse(END), 5);
        assertThat(gone).extracting(HeapHistogram.Growth::className)
                .containsExactly("[B", "kiosk.app.admin.RecentEvents$Event", "kiosk.app.New");
        assertThat(gone.get(2).bytes()).isEqualTo(-16);
    }

    @Test
    void headersAndTheTotalAreNotClasses() {
        assertThat(HeapHistogram.parse(START).byClass()).containsOnlyKeys("[B", "[I", "kiosk.app.admin.RecentEvents$Event");
    }
}
