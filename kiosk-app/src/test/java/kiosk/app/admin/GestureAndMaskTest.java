package kiosk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GestureAndMaskTest {

    @Test
    void fiveQuickTapsInTheTopRightCornerAndNothingElse() {
        CornerTaps taps = CornerTaps.standard();
        for (int i = 0; i < 4; i++) {
            assertThat(taps.tap(1270, 10, 1280, 800, i * 200L)).isFalse();
        }
        assertThat(taps.tap(1270, 10, 1280, 800, 800)).isTrue();
        assertThat(taps.tap(1270, 10, 1280, 800, 900)).as("starts over").isFalse();

        CornerTaps slow = CornerTaps.standard();
        for (int i = 0; i < 5; i++) {
            assertThat(slow.tap(1275, 5, 1280, 800, i * 1_000L)).as("5 taps over 4 s").isFalse();
        }

        CornerTaps broken = CornerTaps.standard();
        for (int i = 0; i < 4; i++) {
            broken.tap(1270, 10, 1280, 800, i * 100L);
        }
        assertThat(broken.tap(640, 400, 1280, 800, 450)).isFalse();
        assertThat(broken.tap(1270, 10, 1280, 800, 500)).as("a tap elsewhere broke it").isFalse();
        assertThat(CornerTaps.standard().tap(1100, 10, 1280, 800, 0)).isFalse();
    }

    @Test
    void idNumbersPhonesAndLongNumbersAreMasked() {
        assertThat(PersonalDataMask.mask("ID 110101198503151235, 44030419920708246X; tel 13912345678; order 202603011234567"))
                .isEqualTo("ID 1101**********1235, 4403**********246X; tel 139****5678; order 20***********67");
        assertThat(PersonalDataMask.mask("receipt-printer ONLINE paper=LOW 576 dots")).isEqualTo("receipt-printer ONLINE paper=LOW 576 dots");
    }
}
