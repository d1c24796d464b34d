package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Overlay;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Help at any hour through the real views, headless: every screen of the gallery, in every language,
 * has a help button of at least 64 px that asks the engine for help; the help over each screen says
 * what that step needs, the 24-hour hotline and counter hours, and its "call staff" reaches the engine.
 */
class HelpOnEveryScreenTest {

    private static final Messages MESSAGES = new Messages();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void everyScreenHasAHelpButtonThatAsksForHelp() throws Exception {
        for (Language language : Language.values()) {
            for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                RecordingIntents intents = new RecordingIntents();
                double[] size = FxRuntime.call(() -> {
                    KioskView view = new KioskView(MESSAGES, intents);
                    view.render(sample.getValue());
                    Snapshots.render(view.root(), 1280, 800);
                    Button help = (Button) view.root().lookup("#help");
                    help.fire();
                    return new double[] {help.getWidth(), help.getHeight(), help.localToScene(help.getBoundsInLocal()).getMaxY()};
                });
                String where = sample.getKey() + " " + language.tag();
                assertThat(intents.calls()).as(where).containsExactly("help");
                assertThat(size[0]).as(where + " help width").isGreaterThanOrEqualTo(64);
                assertThat(size[1]).as(where + " help height").isGreaterThanOrEqualTo(64);
                assertThat(size[2]).as(where + " help inside the screen").isLessThanOrEqualTo(800);
            }
        }
    }

    @Test
    void helpOverEachKindOfScreenSaysWhatTheStepNeedsWhereToGoAndCallsStaff() throws Exception {
        Overlay.Help sampleHelp = (Overlay.Help) ScreenGallery.samples(Language.ZH_CN).get("11-help").overlay();
        for (Language language : Language.values()) {
            for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                ScreenModel model = sample.getValue().model();
                Overlay.Help help = new Overlay.Help("help.step." + model.kind(), null, sampleHelp.where(), false);
                FlowState withHelp = sample.getValue().withOverlay(help);
                RecordingIntents intents = new RecordingIntents();
                String where = sample.getKey() + " " + language.tag();
                String[] texts = FxRuntime.call(() -> {
                    KioskView view = new KioskView(MESSAGES, intents);
                    view.render(withHelp);
                    Snapshots.render(view.root(), 1280, 800);
                    Node call = view.root().lookup("#help-call-staff");
                    ((Button) call).fire();
                    ((Button) view.root().lookup("#help-close")).fire();
                    return new String[] {text(view, "#help-step"), text(view, "#help-hotline"), text(view, "#help-counter-0"),
                        text(view, "#help-nearest")};
                });
                assertThat(MESSAGES.has(language, help.stepKey())).as(where + " " + help.stepKey()).isTrue();
                assertThat(texts[0]).as(where).isEqualTo(MESSAGES.get(language, help.stepKey()));
                assertThat(texts[1]).as(where).contains("0575-8511 0110");
                assertThat(texts[2]).as(where).contains("8:30");
                assertThat(texts[3]).as(where).contains("368");
                assertThat(intents.calls()).as(where).containsExactly("callStaff", "closeHelp");
            }
        }
    }

    @Test
    void onceStaffAreCalledTheHelpSaysSoAndOffersNoSecondCall() throws Exception {
        FlowState called = ScreenGallery.samples(Language.EN).get("11b-help-staff-called");
        String[] found = FxRuntime.call(() -> {
            KioskView view = new KioskView(MESSAGES, new RecordingIntents());
            view.render(called);
            Snapshots.render(view.root(), 1280, 800);
            return new String[] {text(view, "#help-staff-called"), String.valueOf(view.root().lookup("#help-call-staff"))};
        });
        assertThat(found[0]).isEqualTo(MESSAGES.get(Language.EN, "help.staff-called"));
        assertThat(found[1]).isEqualTo("null");
    }

    private static String text(KioskView view, String id) {
        Node node = view.root().lookup(id);
        return node instanceof Label label ? label.getText() : null;
    }
}
