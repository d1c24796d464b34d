package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Every screen of the gallery in every language, headless: each renders, shows no missing-key marker,
 * and the rendered picture has Chinese glyphs in it rather than empty boxes.
 */
class GalleryRenderTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void everyScreenRendersInEveryLanguageWithAllItsTexts() throws Exception {
        Messages messages = new Messages();
        for (Language language : Language.values()) {
            for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                List<String> texts = FxRuntime.call(() -> {
                    KioskView view = new KioskView(messages, ResidentIntents.NONE);
                    view.render(sample.getValue());
                    Snapshots.render(view.root(), 1280, 800);
                    List<String> out = new ArrayList<>();
                    collect(view.root(), out);
                    return out;
                });
                assertThat(texts).as(sample.getKey() + " " + language.tag()).isNotEmpty()
                        .noneMatch(t -> t.matches(".*\\[[a-z0-9.-]+\\].*"));
            }
        }
    }

    @Test
    void chineseIsDrawnWithTheShippedFontNotBoxes() throws Exception {
        Messages messages = new Messages();
        FlowState attract = ScreenGallery.samples(Language.ZH_CN).get("01-attract");
        var image = FxRuntime.call(() -> {
            KioskView view = new KioskView(messages, ResidentIntents.NONE);
            view.render(attract);
            return Snapshots.render(view.root(), 1280, 800);
        });
        // "欢迎使用" at 72 px sits in the middle of the screen: count dark pixels there. Boxes (tofu) would be
        // four hollow rectangles; real glyphs fill far more and differ per character.
        int inked = 0;
        for (int y = 250; y < 450; y++) {
            for (int x = 400; x < 880; x++) {
                int rgb = image.getRGB(x, y);
                int luma = ((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luma < 100) {
                    inked++;
                }
            }
        }
        assertThat(inked).isGreaterThan(2000);
        assertThat(javafx.scene.text.Font.getFamilies()).contains(kiosk.peripherals.fonts.KioskFont.FAMILY);
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            out.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }
}
