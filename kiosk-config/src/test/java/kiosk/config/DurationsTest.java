package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"500ms,500", "8s,8000", "1.5s,1500", "2m,120000", "0.5m,30000", "1h,3600000", "90d,7776000000", " 20s ,20000", "0s,0", "250 ms,250"})
    void readsANumberWithItsUnit(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30", "5000", "PT5S", "-1s", "1.2345s", "soon", "5 seconds", "1 day", "1w", ""})
    void refusesABareNumberAndEveryOtherForm(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 250, 1000, 1500, 20_000, 90_000, 180_000, 600_000, 3_600_000, 5_400_000, 86_400_000, 7_776_000_000L})
    void formatReadsBackToTheSameDuration(long millis) {
        Duration d = Duration.ofMillis(millis);
        assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
    }

    @Test
    void formatPrefersTheWordsStaffWrite() {
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Durations.format(Duration.ofMillis(750))).isEqualTo("750ms");
        assertThat(Durations.format(Duration.ofMinutes(15))).isEqualTo("15m");
        assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(Durations.format(Duration.ofDays(90))).isEqualTo("90d");
    }
}
