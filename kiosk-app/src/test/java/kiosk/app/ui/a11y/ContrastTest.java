package kiosk.app.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The measuring tool against values published with WCAG and by its contrast checkers. */
class ContrastTest {

    @Test
    void knownRatios() {
        assertThat(Contrast.ratio(Contrast.BLACK, Contrast.WHITE)).isEqualTo(21.0, within(1e-9));
        assertThat(Contrast.ratio(Contrast.parse("#777"), Contrast.WHITE)).isEqualTo(4.48, within(0.01));
        assertThat(Contrast.ratio(Contrast.parse("#767676"), Contrast.WHITE)).isEqualTo(4.54, within(0.01));
        assertThat(Contrast.ratio(Contrast.parse("#0000ff"), Contrast.WHITE)).isEqualTo(8.59, within(0.01));
        assertThat(Contrast.ratio(Contrast.parse("white"), Contrast.parse("#ffffff"))).isEqualTo(1.0);
    }

    @Test
    void alphaBlendsOverTheBackdrop() {
        Contrast half = Contrast.parse("rgba(0, 0, 0, 0.5)").over(Contrast.WHITE);
        assertThat(half.hex()).isEqualTo("#808080");
        assertThat(Contrast.parse("#000000").over(Contrast.WHITE, 0.7).hex()).isEqualTo("#4d4d4d");
    }
}
