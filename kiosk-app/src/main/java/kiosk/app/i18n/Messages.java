package kiosk.app.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a person reads, from the resource bundles kiosk/app/i18n/messages*.properties. A missing
 * key shows as the key in brackets (visible in the screen gallery) instead of crashing a resident's
 * session.
 */
public final class Messages {

    private static final String BUNDLE = "kiosk.app.i18n.messages";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Messages() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), noFallback));
        }
    }

    public String get(Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(language).getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    public boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    public ResourceBundle bundle(Language language) {
        return bundles.get(language);
    }
}
