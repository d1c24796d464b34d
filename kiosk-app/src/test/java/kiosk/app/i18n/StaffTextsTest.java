package kiosk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kiosk.app.admin.AdminState;
import org.junit.jupiter.api.Test;

/** The staff bundle: both languages complete, valid patterns, and every key the staff-facing code names exists. */
class StaffTextsTest {

    private final StaffTexts zh = StaffTexts.chinese();
    private final StaffTexts en = StaffTexts.of(Locale.ENGLISH);

    @Test
    void chineseAndEnglishHaveTheSameKeysAndValidPatterns() {
        assertThat(new TreeSet<>(en.bundle().keySet())).isEqualTo(new TreeSet<>(zh.bundle().keySet()));
        for (StaffTexts texts : new StaffTexts[] {zh, en}) {
            for (String key : texts.bundle().keySet()) {
                String pattern = texts.bundle().getString(key);
                assertThatCode(() -> new MessageFormat(pattern, texts.locale())).as(key).doesNotThrowAnyException();
                assertThat(pattern).as(key).isNotBlank();
            }
        }
        assertThat(zh.get("admin.pin.wrong", 2)).isEqualTo("密码错误：再错 2 次将被锁定。");
        assertThat(StaffTexts.of(Locale.forLanguageTag("zh-TW")).locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheStaffOrTheResidentsBundle() throws Exception {
        Pattern literal = Pattern.compile("\"((?:admin|config|diag|cli)\\.[a-z0-9.-]*[a-z0-9])\"");
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/kiosk/app/admin", "src/main/java/kiosk/app/ui/admin", "src/main/java/kiosk/app/cli"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // kiosk.yaml's own setting names ("admin.idle-timeout") are keys of the file, not of a bundle
        used.removeAll(kiosk.config.EffectiveConfig.lines(kiosk.config.DemoConfig.load()).keySet());
        for (AdminState.Section section : AdminState.Section.values()) {
            used.add("admin.section." + section.name());
        }
        Messages residents = new Messages();
        assertThat(used).hasSizeGreaterThan(60).allSatisfy(key -> assertThat(zh.has(key) || residents.has(Language.ZH_CN, key))
                .as(key).isTrue());
    }
}
