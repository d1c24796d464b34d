package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import kiosk.app.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Rare name characters across the CJK extension blocks and the check boxes, drawn headless by JavaFX:
 * each must put ink on the screen that differs from the picture of a character no face has.
 */
class RareCharactersOnScreenTest {

    static final List<String> RARE = List.of("𠮷", "𫓧", "䶮", "𬱖", "𠇔", "㛃", "𬀩", "𫖯", "𪚥", "𫟦", "𰻞",
            "☑", "☐", "☒", "✓");
    static final String NO_FACE = new String(Character.toChars(0x10FFFD));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void everyRareCharacterIsDrawnInEveryLanguageAndWeight() throws Exception {
        for (Language language : Language.values()) {
            for (boolean bold : new boolean[] {false, true}) {
                BufferedImage missing = render(FxFonts.text(NO_FACE, language, 48, bold));
                for (String c : RARE) {
                    BufferedImage image = render(FxFonts.text(c, language, 48, bold));
                    assertThat(ink(image)).as("%s %s bold=%s has ink", c, language, bold).isGreaterThan(40);
                    assertThat(difference(image, missing)).as("%s %s bold=%s is a glyph", c, language, bold)
                            .isGreaterThan(40);
                }
            }
        }
    }

    /**
     * JavaFX fixes its fallback faces when it draws its first text, so this holds only where the faces
     * load before any text, as on a kiosk's start: checked in a JVM of its own, whatever other tests in
     * this one drew before.
     */
    @Test
    void aPlainTextInTheScreenFamilyFallsBackToTheShippedFaces() throws Exception {
        String cp = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp", cp, FreshStart.class.getName())
                .redirectErrorStream(true).start();
        List<String> lines;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        List<String> drawn = lines.stream().filter(l -> l.startsWith("DRAWN\t")).toList();
        assertThat(drawn).as("the fresh JVM's output: %s", lines).hasSize(2 * RARE.size());
        for (String line : drawn) {
            String[] f = line.split("\t"); // DRAWN, character, family, ink, difference from no glyph
            assertThat(Integer.parseInt(f[3])).as("%s %s has ink", f[1], f[2]).isGreaterThan(40);
            assertThat(Integer.parseInt(f[4])).as("%s %s is a glyph", f[1], f[2]).isGreaterThan(40);
        }
    }

    /** A kiosk's order: the faces load, then the first text is drawn, plain, in the screen families. */
    static final class FreshStart {
        public static void main(String[] args) throws Exception {
            FxRuntime.useHeadless(640, 400);
            FxRuntime.start();
            FxFonts.load();
            for (String family : List.of(FxFonts.SIMPLIFIED, FxFonts.TRADITIONAL)) {
                BufferedImage missing = render(plain(NO_FACE, family));
                for (String c : RARE) {
                    BufferedImage image = render(plain(c, family));
                    System.out.println(String.join("\t", "DRAWN", c, family, String.valueOf(ink(image)),
                            String.valueOf(difference(image, missing))));
                }
            }
            javafx.application.Platform.exit();
            System.exit(0);
        }
    }

    @Test
    void eachRunIsSetInTheFaceThatHasIt() throws Exception {
        TextFlow flow = FxRuntime.call(() -> FxFonts.text("王𠮷☑", Language.ZH_CN, 32, false));
        assertThat(flow.getChildren()).extracting(n -> ((Text) n).getFont().getFamily())
                .containsExactly("Noto Sans SC", "Kiosk Han Ext", "Kiosk Han Gaps");
    }

    private static Text plain(String s, String family) {
        Text text = new Text(s);
        text.setFont(Font.font(family, 48));
        return text;
    }

    @Test
    void boldAndTraditionalFacesAreRegisteredUnderTheirFamilies() throws Exception {
        assertThat(Font.getFamilies()).contains(FxFonts.SIMPLIFIED, FxFonts.TRADITIONAL, "Kiosk Han Ext");
        assertThat(Font.getFontNames(FxFonts.SIMPLIFIED)).contains("Noto Sans SC Bold");
        assertThat(Font.getFontNames(FxFonts.TRADITIONAL)).contains("Noto Sans TC", "Noto Sans TC Bold");
        // The same heading drawn regular and bold differs: the bold weight is a face of its own.
        Text regular = new Text("欢迎使用");
        regular.setFont(Font.font(FxFonts.SIMPLIFIED, FontWeight.NORMAL, 48));
        Text bold = new Text("欢迎使用");
        bold.setFont(Font.font(FxFonts.SIMPLIFIED, FontWeight.BOLD, 48));
        assertThat(ink(render(bold))).isGreaterThan(ink(render(regular)) * 5 / 4);
        assertThat(bold.getFont().getName()).isEqualTo("Noto Sans SC Bold");
    }

    private static BufferedImage render(javafx.scene.Node node) throws Exception {
        return FxRuntime.call(() -> {
            StackPane root = new StackPane(node);
            root.setStyle("-fx-background-color: white;");
            Scene scene = new Scene(root, 160, 100, Color.WHITE);
            root.applyCss();
            root.layout();
            return SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        });
    }

    private static int ink(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int difference(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (((a.getRGB(x, y) & 0xff) < 128) != ((b.getRGB(x, y) & 0xff) < 128)) {
                    n++;
                }
            }
        }
        return n;
    }
}
