package kiosk.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.ui.ScreenGallery;
import org.junit.jupiter.api.Test;

/** Every kind of screen has a spoken prompt, and every prompt has its words in every language. */
class PromptsTest {

    private static final Messages MESSAGES = new Messages();

    @Test
    void everyGalleryScreenHasAPromptInEveryLanguage() {
        for (Language language : Language.values()) {
            for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                String key = Prompts.of(sample.getValue().model());
                for (Language spoken : Language.values()) {
                    assertThat(MESSAGES.has(spoken, "voice." + key)).as(sample.getKey() + " voice." + key + " " + spoken).isTrue();
                }
            }
        }
    }

    @Test
    void everyKeypadAndEveryWarningHasItsWords() {
        for (Step.InputKind kind : Step.InputKind.values()) {
            for (Language language : Language.values()) {
                assertThat(MESSAGES.has(language, "voice.keypad." + Prompts.keypad(kind))).as(kind + " " + language).isTrue();
            }
        }
        for (String key : new String[] {"pay-warning", "idle-warning", "call-staff", "card-left"}) {
            for (Language language : Language.values()) {
                assertThat(MESSAGES.get(language, "voice." + key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void aCountdownTickIsNotANewPromptButTheNextStepIs() {
        ScreenModel.Payment early = new ScreenModel.Payment("O-1", "q", 100, 120);
        ScreenModel.Payment later = new ScreenModel.Payment("O-1", "q", 100, 119);
        assertThat(Prompts.identity(later)).isEqualTo(Prompts.identity(early));
        ScreenModel.Confirm confirm = new ScreenModel.Confirm("traffic.licence-renewal", "confirm", java.util.List.of(), 1000);
        assertThat(Prompts.identity(confirm)).isNotEqualTo(Prompts.identity(early));
    }
}
