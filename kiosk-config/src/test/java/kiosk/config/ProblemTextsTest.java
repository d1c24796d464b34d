package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem the loader can report has its sentence in Chinese and in English. */
class ProblemTextsTest {

    @Test
    void bothLanguagesHaveEveryKeyTheCodeUses() throws Exception {
        ResourceBundle zh = Problem.bundle(Locale.forLanguageTag("zh-CN"));
        ResourceBundle en = Problem.bundle(Locale.ENGLISH);
        assertThat(new TreeSet<>(en.keySet())).isEqualTo(new TreeSet<>(zh.keySet()));
        Pattern call = Pattern.compile("(?<!localized\\(out)(?:, |Problem\\.at\\(\\d+, )\"([a-z0-9-]+\\.[a-z0-9.-]*[a-z0-9-])\"");
        // problem keys passed to problem(...), Problem.at(...), refused(...); not setting paths (localized(out, "station.name"))
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".yaml")) { // a file name, not a key
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(45).allSatisfy(key -> assertThat(zh.containsKey(key)).as(key).isTrue());
        assertThat(zh.getString("key.unknown")).doesNotContainPattern("[A-Za-z]{12}"); // a sentence in Chinese, not English left in
    }
}
