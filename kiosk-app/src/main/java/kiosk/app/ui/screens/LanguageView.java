package kiosk.app.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.i18n.Language;
import kiosk.app.ui.Texts;

/** Choose a language; each button names its language in itself. */
public final class LanguageView {

    private LanguageView() {
    }

    public static Node build(Texts t, ResidentIntents flow) {
        VBox box = Ui.column(Ui.heading(t.t("language.title")));
        for (Language language : Language.values()) {
            Button button = Ui.primary(language.nativeName(), "lang-" + language.tag(), () -> flow.chooseLanguage(language));
            button.getStyleClass().add("wide");
            box.getChildren().add(button);
        }
        return box;
    }
}
