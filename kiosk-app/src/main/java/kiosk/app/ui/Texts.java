package kiosk.app.ui;

import java.time.ZoneId;
import kiosk.app.i18n.Formats;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.i18n.TextRenderer;
import kiosk.app.i18n.Txt;

/** The bundle texts in the language currently shown: what every view reads its words from. */
public record Texts(Messages messages, Language language) {

    public String t(String key, Object... args) {
        return messages.get(language, key, args);
    }

    /** A language-free text of a screen model, in this language; null renders as empty. */
    public String r(Txt text) {
        return text == null ? "" : new TextRenderer(messages, language, ZoneId.systemDefault()).render(text);
    }

    /** Money in fen as this language reads it: ¥400.00 / 人民幣400.00元 / CNY 400.00. */
    public String money(long cents) {
        return Formats.money(cents, language);
    }

    public boolean has(String key) {
        return messages.has(language, key);
    }
}
