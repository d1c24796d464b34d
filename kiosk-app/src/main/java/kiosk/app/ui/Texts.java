package kiosk.app.ui;

import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;

/** The bundle texts in the language currently shown: what every view reads its words from. */
public record Texts(Messages messages, Language language) {

    public String t(String key, Object... args) {
        return messages.get(language, key, args);
    }
}
