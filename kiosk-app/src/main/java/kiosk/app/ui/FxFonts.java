package kiosk.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import kiosk.app.i18n.Language;
import kiosk.peripherals.fonts.FontChain;
import kiosk.peripherals.fonts.KioskFace;

/**
 * Registers the shipped faces with JavaFX once (off the FX thread: the files are read here), so
 * Chinese renders where no CJK font is installed. With every face loaded, a Label in "Noto Sans SC"
 * already draws 𠮷 or ☑ from the fallback faces: JavaFX falls back to loaded fonts for a missing glyph
 * (measured headless with no CJK font installed, RareCharactersOnScreenTest), in an order of its own,
 * but only to faces registered before its first text is drawn (it keeps its fallback list; measured:
 * loading the other faces in the background broke it), so every face loads here, about 0.9 s more
 * than Noto Sans SC alone on a busy 2-core machine.
 * {@link #text} fixes the order (FontChain: Traditional, then Simplified, then the rare-character
 * faces) for names, as the receipt raster and the PDF do.
 */
public final class FxFonts {

    /** CSS family of the screens: Simplified shapes, or Traditional on zh-TW (style class "traditional"). */
    public static final String SIMPLIFIED = KioskFace.SC_REGULAR.family();
    public static final String TRADITIONAL = KioskFace.TC_REGULAR.family();

    private static volatile boolean loaded;

    private FxFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (KioskFace face : KioskFace.values()) {
            // From a file JavaFX reads what it needs; from a stream it first copies the whole face to a
            // temporary file (most of a second for the six faces on every start).
            Font font = face.file().map(file -> Font.loadFont(file.toUri().toString(), 16)).orElseGet(() -> fromStream(face));
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load the shipped font " + face.resource());
            }
        }
        loaded = true;
    }

    private static Font fromStream(KioskFace face) {
        try (InputStream in = face.open()) {
            return Font.loadFont(in, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The screen family for the language: Traditional shapes for zh-TW. */
    public static String family(Language language) {
        return language == Language.ZH_TW ? TRADITIONAL : SIMPLIFIED;
    }

    /**
     * FX thread: {@code s} (a name, a line with check marks) as a TextFlow whose every character is drawn
     * by a face that has it. Style classes of the flow's texts: "name-run"; size and weight given here
     * because a Text inside a flow does not take them from the flow.
     */
    public static TextFlow text(String s, Language language, double size, boolean bold) {
        FontChain.Shapes shapes = language == Language.ZH_TW ? FontChain.Shapes.TRADITIONAL : FontChain.Shapes.SIMPLIFIED;
        List<FontChain.Run> runs = FontChain.runs(s, FontChain.of(shapes, bold));
        TextFlow flow = new TextFlow();
        for (FontChain.Run run : runs) {
            Text text = new Text(run.text());
            text.getStyleClass().add("name-run");
            boolean boldFace = bold && run.face().bold();
            text.setFont(Font.font(run.face().family(), boldFace ? FontWeight.BOLD : FontWeight.NORMAL, size));
            flow.getChildren().add(text);
        }
        return flow;
    }
}
