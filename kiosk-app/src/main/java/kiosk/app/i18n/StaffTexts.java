package kiosk.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What station staff and operators read (./kiosk config, ./kiosk diag, admin mode), from
 * kiosk/app/i18n/staff*.properties: Simplified Chinese by default, English on request. Kept apart from
 * the residents' messages bundle, whose words are written for residents.
 */
public final class StaffTexts {

    private static final String BUNDLE = "kiosk.app.i18n.staff";

    private final Locale locale;
    private final ResourceBundle bundle;

    private StaffTexts(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundle = ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : Locale.ROOT, noFallback);
    }

    /** English for an English locale, Simplified Chinese for everything else. */
    public static StaffTexts of(Locale locale) {
        return new StaffTexts(english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("zh-CN"));
    }

    public static StaffTexts chinese() {
        return of(Locale.forLanguageTag("zh-CN"));
    }

    /** The locale of these texts: zh-CN or en. */
    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
