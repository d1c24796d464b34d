package kiosk.app.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/** A text the backend sends in every kiosk language (zh-CN, zh-TW, en), bound from {"zh-CN": "...", ...}. */
public record LocalizedText(Map<String, String> byLanguage) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    @JsonValue
    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    /** The text for the locale, falling back to Simplified Chinese, then English, then empty. */
    public String in(Locale locale) {
        String tag = locale.toLanguageTag();
        String text = byLanguage.get(tag);
        if (text == null && "zh".equals(locale.getLanguage())) {
            text = byLanguage.get("TW".equals(locale.getCountry()) || "Hant".equals(locale.getScript()) ? "zh-TW" : "zh-CN");
        }
        if (text == null) {
            text = byLanguage.getOrDefault("zh-CN", byLanguage.getOrDefault("en", ""));
        }
        return text;
    }
}
