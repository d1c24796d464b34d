package kiosk.app.cli;

import java.util.Locale;
import kiosk.app.i18n.StaffTexts;
import picocli.CommandLine.Option;

/**
 * The --lang option of every staff-facing command: zh-CN by default (station staff read Chinese), en
 * for engineers; the environment variable KIOSK_LANG sets it for a whole shell.
 */
public final class StaffLanguage {

    @Option(names = "--lang", paramLabel = "zh-CN|en",
            description = "Language of the output: zh-CN (default, or $KIOSK_LANG) or en.")
    String lang;

    public Locale locale() {
        return resolve(lang);
    }

    public StaffTexts texts() {
        return StaffTexts.of(locale());
    }

    /** The flag, else $KIOSK_LANG, else zh-CN. */
    public static Locale resolve(String flag) {
        String chosen = flag != null ? flag : System.getenv("KIOSK_LANG");
        return chosen == null || chosen.isBlank() ? Locale.forLanguageTag("zh-CN") : Locale.forLanguageTag(chosen.trim().replace('_', '-'));
    }
}
