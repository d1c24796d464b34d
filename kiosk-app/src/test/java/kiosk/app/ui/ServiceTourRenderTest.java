package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.assembly.ServiceTour;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Every screen of every declared service, as the engine builds it on the real stub (the same tour the
 * screen gallery renders), draws in every language with all its texts: no service ships a screen with a
 * missing string, no raw code, no Chinese characters on an English screen and no Simplified ones on a
 * zh-TW screen (the backend's words included), but plates, masked names and the names of the languages.
 */
class ServiceTourRenderTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void everyServicesScreensRenderInEveryLanguage() throws Exception {
        Map<String, FlowState> tour;
        List<String> serviceIds;
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().build())) {
            KioskConfig base = DemoConfig.load();
            KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                    .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")));
            try (KioskAssembly kiosk = KioskAssembly.start(config)) {
                assertThat(kiosk.awaitDevices(Duration.ofSeconds(30))).isTrue();
                tour = new ServiceTour(kiosk.flow()).walkAll();
                serviceIds = kiosk.flow().services().stream().map(ResidentService::id).toList();
            }
        }
        for (String id : serviceIds) {
            if (id.equals("general.reprint")) {
                continue; // offered only to a resident with a receipt owed: DeviceReactionsTest walks it
            }
            assertThat(tour.keySet()).as("screens of " + id).anyMatch(k -> k.startsWith("svc-" + id + "-"));
        }
        assertThat(tour.values()).as("the tour reaches baskets, information pages and refusals")
                .anyMatch(s -> s.model() instanceof ScreenModel.Basket)
                .anyMatch(s -> s.model() instanceof ScreenModel.Info)
                .anyMatch(s -> s.model() instanceof ScreenModel.Form)
                .noneMatch(s -> s.model() instanceof ScreenModel.Error e && e.problem().code().equals("UNEXPECTED"));
        Messages messages = new Messages();
        List<String> clipped = new ArrayList<>();
        java.util.Set<String> words = new java.util.LinkedHashSet<>(); // raw codes, Chinese on English screens
        for (boolean elder : new boolean[] {false, true}) {
            for (Language language : Language.values()) {
                for (Map.Entry<String, FlowState> screen : tour.entrySet()) {
                    FlowState state = screen.getValue().withLanguage(language).withElder(elder);
                    String name = screen.getKey() + " " + language.tag() + (elder ? " elder" : "");
                    List<String> texts = FxRuntime.call(() -> {
                        KioskView view = new KioskView(messages, ResidentIntents.NONE);
                        view.render(state);
                        Snapshots.render(view.root(), 1280, 800);
                        NoClippedTextTest.check(view.root(), name, clipped); // the same measure as the gallery's
                        List<String> out = new ArrayList<>();
                        collect(view.root(), out);
                        return out;
                    });
                    assertThat(texts).as(name).isNotEmpty().noneMatch(t -> t.matches("(?s).*\\[[a-z0-9.-]+\\].*"));
                    texts.stream().filter(ResidentWordsOnScreenTest::rawCode).forEach(t -> words.add(name + " code: " + t));
                    if (language == Language.EN) {
                        texts.stream().filter(ResidentWordsOnScreenTest::chineseInEnglish)
                                .forEach(t -> words.add(name + " Chinese: " + t));
                    }
                    if (language == Language.ZH_TW) {
                        texts.stream().filter(ResidentWordsOnScreenTest::simplifiedInTraditional)
                                .forEach(t -> words.add(name + " Simplified: " + t));
                    }
                }
            }
        }
        assertThat(clipped).as("clipped texts on the services' screens").isEmpty();
        assertThat(words).as("raw codes, Chinese characters on English screens and Simplified ones on zh-TW screens"
                + " (but plates, names, language names)").isEmpty();
    }

    private static void collect(Node node, List<String> out) {
        if (node.getStyleClass().contains("other-language")) {
            return; // deliberately in another language (the out-of-service attract says so in every language)
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            out.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }
}
