package kiosk.config;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One thing wrong with a configuration: where (line, 0 when the whole file is meant) and what, as a key
 * of the bundle kiosk/config/problems*.properties with its arguments, so staff read it in Chinese and
 * engineers in English.
 */
public record Problem(int line, String key, List<String> args) {

    private static final String BUNDLE = "kiosk.config.problems";

    public Problem {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Problem at(int line, String key, Object... args) {
        return new Problem(line, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The sentence staff read, prefixed with its line: "第 9 行：..." or "line 9: ...". */
    public String text(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String sentence = new MessageFormat(bundle.getString(key), locale).format(args.toArray());
        return line <= 0 ? sentence : new MessageFormat(bundle.getString("where.line"), locale).format(new Object[] {String.valueOf(line)}) + sentence;
    }

    /** zh-CN (the base bundle) unless English is asked for; staff read Chinese. */
    public static ResourceBundle bundle(Locale locale) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen, noFallback);
    }
}
