package kiosk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesPerLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(Formats.date(day, Language.ZH_CN)).isEqualTo("2026年12月1日");
        assertThat(Formats.date(day, Language.ZH_TW)).isEqualTo("2026年12月1日");
        assertThat(Formats.date(day, Language.EN)).isEqualTo("1 Dec 2026");
        assertThat(Formats.date(LocalDate.of(2027, 9, 30), Language.EN)).isEqualTo("30 Sep 2027");
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 3, 7, 9, 5), Language.EN)).isEqualTo("7 Mar 2026, 09:05");
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 3, 7, 21, 5), Language.ZH_CN)).isEqualTo("2026年3月7日 21:05");
    }

    @Test
    void moneyPerLanguage() {
        assertThat(Formats.money(40000, Language.ZH_CN)).isEqualTo("¥400.00");
        assertThat(Formats.money(40000, Language.ZH_TW)).isEqualTo("人民幣400.00元");
        assertThat(Formats.money(40000, Language.EN)).isEqualTo("CNY 400.00");
        assertThat(Formats.money(120005, Language.ZH_CN)).isEqualTo("¥1,200.05");
        assertThat(Formats.money(-5, Language.EN)).isEqualTo("-CNY 0.05");
    }

    @Test
    void countdownAsMinutesAndSeconds() {
        assertThat(Formats.countdown(Duration.ofSeconds(180))).isEqualTo("03:00");
        assertThat(Formats.countdown(Duration.ofMillis(29_001))).isEqualTo("00:30");
        assertThat(Formats.countdown(Duration.ofSeconds(-3))).isEqualTo("00:00");
    }

    @Test
    void namesAreNormalisedNeverTranslated() {
        assertThat(Formats.name(" 王𠮷 ")).isEqualTo("王𠮷");
        assertThat(Formats.name("阿依古丽•买买提")).isEqualTo("阿依古丽·买买提");
        assertThat(Formats.name("阿依古丽 . 买买提")).isEqualTo("阿依古丽·买买提");
        assertThat(Formats.name("e\u0301")).isEqualTo("\u00e9");
    }
}
