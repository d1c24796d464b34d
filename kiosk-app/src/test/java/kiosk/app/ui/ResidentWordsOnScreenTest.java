package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Problem;
import kiosk.app.flow.Problems;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.i18n.Formats;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * What residents read on every gallery screen, in every language, normal and elder mode: no raw code
 * ({@code sam.read-failed}, {@code PAYMENT_CODE_EXPIRED}), a reference of kiosk, step and time where a
 * problem shows; money as the language writes it; no Chinese characters on English screens and no
 * Simplified ones on zh-TW screens except where they are a person's name, a licence plate or the name of a
 * language in that language.
 */
class ResidentWordsOnScreenTest {

    private static final Messages MESSAGES = new Messages();
    /** A dotted code (printer.paper-out, sam.read-failed; not "e.g.") or an upper-case one (PAYMENT_CODE_EXPIRED, UNREACHABLE). */
    static final Pattern DOTTED_CODE = Pattern.compile("\\b[a-z]{2,}\\.[a-z][a-z-]+\\b");
    static final Pattern UPPER_CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\bUNREACHABLE\\b|\\bUNEXPECTED\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A plate (浙D12345, 浙D1 while typed) or a province key of the plate keypad (浙). */
    private static final Pattern PLATE = Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z0-9]{0,7}");
    /** Masked personal names (张*, 王*明: the surname, the rest starred). */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}\\*+\\p{IsHan}?");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void noScreenShowsARawCodeAndEveryProblemShowsItsReference() throws Exception {
        List<String> found = new ArrayList<>();
        int references = 0;
        for (Language language : Language.values()) {
            for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                for (boolean elder : new boolean[] {false, true}) {
                    String screen = sample.getKey() + " " + language.tag() + (elder ? " elder" : "");
                    Map<String, String> texts = texts(sample.getValue().withElder(elder));
                    texts.forEach((id, text) -> {
                        if (rawCode(text)) {
                            found.add(screen + " " + id + ": " + text);
                        }
                    });
                    Problem problem = Problems.shownOn(sample.getValue().model());
                    if (problem != null && problem.reference() != null) {
                        references++;
                        String step = MESSAGES.get(language, problem.reference().step().key());
                        assertThat(texts.get("problem-reference")).as(screen)
                                .contains("KIOSK-DEMO-001", step, "02:14").doesNotContain(problem.code());
                    }
                }
            }
        }
        assertThat(references).as("gallery screens with a problem and its reference").isGreaterThanOrEqualTo(3 * 2 * 5);
        assertThat(found).as("raw codes on screen").isEmpty();
    }

    @Test
    void aKioskOutOfServiceSaysSoWithTheHotlineInTheOtherLanguagesTooEachInItsOwnFaceOutsideElderMode() throws Exception {
        for (Language language : Language.values()) {
            for (boolean elder : new boolean[] {false, true}) {
                FlowState down = ScreenGallery.samples(language).get("01c-attract-backend-down").withElder(elder);
                String hotline = ((kiosk.app.flow.ScreenModel.Attract) down.model()).where().hotline();
                List<String[]> lines = FxRuntime.call(() -> {
                    KioskView view = new KioskView(MESSAGES, ResidentIntents.NONE);
                    view.render(down);
                    Snapshots.render(view.root(), 1280, 800);
                    List<String[]> found = new ArrayList<>();
                    view.root().lookupAll(".other-language").forEach(n -> {
                        javafx.scene.control.Label l = (javafx.scene.control.Label) n;
                        found.add(new String[] {l.getText(), l.getFont().getFamily()});
                    });
                    return found;
                });
                List<Language> others = java.util.Arrays.stream(Language.values()).filter(l -> l != language).toList();
                if (elder) { // fewer items; whoever switched elder mode on reads the screen's language
                    assertThat(lines).as(language.tag() + " elder").isEmpty();
                    continue;
                }
                assertThat(lines).as(language.tag()).hasSize(2);
                for (int i = 0; i < 2; i++) {
                    Language other = others.get(i);
                    assertThat(lines.get(i)[0]).contains(MESSAGES.get(other, "attract.out-of-service"), hotline);
                    assertThat(lines.get(i)[1]).isEqualTo(other == Language.ZH_TW ? FxFonts.TRADITIONAL : FxFonts.SIMPLIFIED);
                }
            }
        }
    }

    @Test
    void moneyIsWrittenTheWayEachLanguageWritesIt() throws Exception {
        Map<Language, List<String>> foreign = Map.of(
                Language.ZH_CN, List.of("人民幣", "CNY"),
                Language.ZH_TW, List.of("¥", "CNY"),
                Language.EN, List.of("¥", "人民幣"));
        List<String> wrong = new ArrayList<>();
        for (Language language : Language.values()) {
            String ours = Formats.money(40000, language);
            int withMoney = 0;
            for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(language).entrySet()) {
                String all = String.join("\n", texts(sample.getValue()).values());
                if (all.contains(ours) || all.contains(Formats.money(20000, language)) || all.contains(Formats.money(1000, language))) {
                    withMoney++;
                }
                for (String other : foreign.get(language)) {
                    if (all.contains(other)) {
                        wrong.add(sample.getKey() + " " + language.tag() + " shows " + other);
                    }
                }
            }
            // violations, basket, confirm, payment (x3), leave, done (x3), menu with reprint, idle warning, help over payment
            assertThat(withMoney).as(language.tag() + " screens showing an amount in its own form").isGreaterThanOrEqualTo(10);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void englishScreensCarryNoChineseCharactersButNamesPlatesAndLanguageNames() throws Exception {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(Language.EN).entrySet()) {
            for (boolean elder : new boolean[] {false, true}) {
                texts(sample.getValue().withElder(elder)).forEach((id, text) -> {
                    if (chineseInEnglish(text)) {
                        found.add(sample.getKey() + " " + id + ": " + text);
                    }
                });
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void zhTwScreensCarryNoSimplifiedCharactersButNamesPlatesAndLanguageNames() throws Exception {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, FlowState> sample : ScreenGallery.samples(Language.ZH_TW).entrySet()) {
            for (boolean elder : new boolean[] {false, true}) {
                texts(sample.getValue().withElder(elder)).forEach((id, text) -> {
                    if (simplifiedInTraditional(text)) {
                        found.add(sample.getKey() + " " + id + ": " + text);
                    }
                });
            }
        }
        assertThat(found).isEmpty();
        assertThat(simplifiedInTraditional("请到窗口办理")).as("the check sees Simplified characters").isTrue();
    }

    /**
     * Whether an English text carries Chinese characters other than a plate, a masked name or a language
     * named in itself (简体中文 / 繁體中文 on the language buttons and the attract screen).
     */
    static boolean chineseInEnglish(String text) {
        String rest = NAME.matcher(PLATE.matcher(text.replace("简体中文", "").replace("繁體中文", "")).replaceAll(""))
                .replaceAll("");
        return HAN.matcher(rest).find();
    }

    private static final java.util.Set<Integer> SIMPLIFIED = simplifiedOnly();

    /**
     * Whether a zh-TW text carries a Simplified-only character (the Unihan list of TraditionalWordingTest)
     * other than in a plate, a masked name or the name 简体中文.
     */
    static boolean simplifiedInTraditional(String text) {
        String rest = NAME.matcher(PLATE.matcher(text.replace("简体中文", "")).replaceAll("")).replaceAll("");
        return rest.codePoints().anyMatch(SIMPLIFIED::contains);
    }

    private static java.util.Set<Integer> simplifiedOnly() {
        try (java.io.InputStream in = ResidentWordsOnScreenTest.class.getResourceAsStream("/kiosk/app/i18n/simplified-only.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).flatMapToInt(String::codePoints).boxed()
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether a text shows a raw code (sam.read-failed, PAYMENT_CODE_EXPIRED). */
    static boolean rawCode(String text) {
        return DOTTED_CODE.matcher(text).find() || UPPER_CODE.matcher(text).find();
    }

    /** Every visible label and button text of the rendered state, keyed by node id (or a running number). */
    private static Map<String, String> texts(FlowState state) throws InterruptedException {
        return FxRuntime.call(() -> {
            KioskView view = new KioskView(MESSAGES, ResidentIntents.NONE);
            view.render(state);
            Snapshots.render(view.root(), 1280, 800); // in a scene, laid out: lists' contents exist only then
            Map<String, String> out = new LinkedHashMap<>();
            collect(view.root(), out);
            return out;
        });
    }

    private static void collect(Node node, Map<String, String> out) {
        if (!node.isVisible() || node.getStyleClass().contains("other-language")) {
            return; // a line deliberately in another language (out of service, said in every language)
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String id = node.getId() != null && !out.containsKey(node.getId()) ? node.getId() : "#" + out.size();
            out.put(id, labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }
}
