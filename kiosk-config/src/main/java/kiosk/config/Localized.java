package kiosk.config;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text staff write once per kiosk language (zh-CN, zh-TW, en), such as the station's name or a
 * counter's hours. Missing languages fall back to Simplified Chinese, then English.
 */
public record Localized(Map<String, String> byTag) {

    public Localized {
        byTag = Map.copyOf(Objects.requireNonNull(byTag, "byTag"));
    }

    public static Localized of(String zhCn, String zhTw, String en) {
        return new Localized(Map.of("zh-CN", zhCn, "zh-TW", zhTw, "en", en));
    }

    public String in(Locale locale) {
        String text = byTag.get(locale.toLanguageTag());
        if (text == null) {
            text = byTag.getOrDefault("zh-CN", byTag.getOrDefault("en", ""));
        }
        return text;
    }
}
