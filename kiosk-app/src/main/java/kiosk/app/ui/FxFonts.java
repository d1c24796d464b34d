package kiosk.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import kiosk.peripherals.fonts.KioskFont;

/** Registers the shipped CJK font with JavaFX once, so Chinese renders where no CJK font is installed. */
public final class FxFonts {

    private static volatile boolean loaded;

    private FxFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try (InputStream in = KioskFont.open()) {
            Font font = Font.loadFont(in, 16);
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load the shipped font " + KioskFont.RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = true;
    }
}
