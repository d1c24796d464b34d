package kiosk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.MessageFormat;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void everyLanguageHasEveryKey() {
        Set<String> simplified = new TreeSet<>(messages.bundle(Language.ZH_CN).keySet());
        for (Language language : Language.values()) {
            assertThat(new TreeSet<>(messages.bundle(language).keySet())).as(language.tag()).isEqualTo(simplified);
        }
    }

    @Test
    void everyPatternIsAValidMessageFormatAndTranslated() {
        for (Language language : Language.values()) {
            for (String key : messages.bundle(language).keySet()) {
                String pattern = messages.bundle(language).getString(key);
                assertThatCode(() -> new MessageFormat(pattern, language.locale())).as(language.tag() + " " + key)
                        .doesNotThrowAnyException();
                assertThat(pattern).as(language.tag() + " " + key).isNotBlank();
            }
        }
        assertThat(messages.get(Language.EN, "menu.greeting", "张*")).isEqualTo("Hello, 张*");
        assertThat(messages.get(Language.ZH_TW, "card.title")).isEqualTo("請將身份證放在讀卡區");
        assertThat(messages.get(Language.ZH_CN, "card.title")).isEqualTo("请将身份证放在读卡区");
    }

    @Test
    void englishTextsCarryNoChineseCharactersButLanguageNamesAndAPlateExample() {
        java.util.regex.Pattern han = java.util.regex.Pattern.compile("\\p{IsHan}");
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.ResourceBundle en = messages.bundle(Language.EN);
        for (String key : new TreeSet<>(en.keySet())) {
            String rest = en.getString(key).replace("简体中文", "").replace("繁體中文", "") // each language named in itself
                    .replaceAll("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{4,6}", ""); // a plate
            if (han.matcher(rest).find()) {
                found.add(key + "=" + en.getString(key));
            }
        }
        assertThat(found).isEmpty();
        assertThat(messages.get(Language.EN, "domain.exit-entry")).contains("Immigration");
        assertThat(messages.get(Language.EN, "fine.detail", "Zhongxing Zhonglu", "Parking", 3)).contains("3 penalty points");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailingTheSession() {
        assertThat(messages.get(Language.EN, "no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void moneyAndDatesInScreenTextsAreWrittenTheWayEachLanguageReadsThem() {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        Txt fine = Txt.key("basket.fine", Txt.plain("浙D12345"), new Txt.Moment(java.time.Instant.parse("2026-09-05T01:35:00Z")));
        assertThat(new TextRenderer(messages, Language.ZH_CN, zone).render(Txt.money(40000))).isEqualTo("¥400.00");
        assertThat(new TextRenderer(messages, Language.ZH_TW, zone).render(Txt.money(5))).isEqualTo("人民幣0.05元");
        assertThat(new TextRenderer(messages, Language.EN, zone).render(Txt.money(120000))).isEqualTo("CNY 1,200.00");
        assertThat(new TextRenderer(messages, Language.EN, zone).render(Txt.day(java.time.LocalDate.of(2027, 9, 30))))
                .isEqualTo("30 Sep 2027");
        assertThat(new TextRenderer(messages, Language.EN, zone).render(fine)).contains("5 Sep 2026, 09:35");
        assertThat(new TextRenderer(messages, Language.ZH_TW, zone).render(fine)).contains("2026年9月5日 09:35");
    }

    @Test
    void languagesResolveFromLocales() {
        assertThat(Language.of(java.util.Locale.forLanguageTag("zh-HK"))).isEqualTo(Language.ZH_TW);
        assertThat(Language.of(java.util.Locale.forLanguageTag("zh"))).isEqualTo(Language.ZH_CN);
        assertThat(Language.of(java.util.Locale.GERMAN)).isEqualTo(Language.EN);
    }
}
