package kiosk.app.i18n;

import java.util.Locale;

/** The languages a resident can choose; switchable at any time. */
public enum Language {
    ZH_CN(Locale.forLanguageTag("zh-CN"), "简体中文"),
    ZH_TW(Locale.forLanguageTag("zh-TW"), "繁體中文"),
    EN(Locale.forLanguageTag("en"), "English");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as shown on the language buttons. */
    public String nativeName() {
        return nativeName;
    }

    public String tag() {
        return locale.toLanguageTag();
    }

    public static Language of(Locale locale) {
        for (Language l : values()) {
            if (l.locale.equals(locale)) {
                return l;
            }
        }
        if ("zh".equals(locale.getLanguage())) {
            return "TW".equals(locale.getCountry()) || "HK".equals(locale.getCountry()) ? ZH_TW : ZH_CN;
        }
        return EN;
    }
}
