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
    void aMissingKeyShowsItselfInsteadOfFailingTheSession() {
        assertThat(messages.get(Language.EN, "no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void moneyIsShownInYuan() {
        assertThat(Messages.yuan(40000)).isEqualTo("¥400.00");
        assertThat(Messages.yuan(5)).isEqualTo("¥0.05");
    }

    @Test
    void languagesResolveFromLocales() {
        assertThat(Language.of(java.util.Locale.forLanguageTag("zh-HK"))).isEqualTo(Language.ZH_TW);
        assertThat(Language.of(java.util.Locale.forLanguageTag("zh"))).isEqualTo(Language.ZH_CN);
        assertThat(Language.of(java.util.Locale.GERMAN)).isEqualTo(Language.EN);
    }
}
