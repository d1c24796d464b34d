package kiosk.peripherals.printer.escpos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kiosk.peripherals.printer.Receipt;

/**
 * Renders a {@link Receipt} to the ESC/POS bytes of one printer: its code system, its paper width.
 * Every line ends with LF, so the final cut always comes at a line start. A line the printer's font
 * cannot print (a rare name character) is sent as a raster image drawn with the shipped font
 * instead of turning into '?'.
 */
public final class EscPosEncoder {

    /** ASB items the driver asks for: online/offline, errors, paper roll sensor. */
    public static final int ASB_ITEMS = 0x0E;

    private final PrinterCharset charset;
    private final int paperWidthDots;
    private final boolean chineseMode;

    public EscPosEncoder(PrinterCharset charset, int paperWidthDots, boolean chineseMode) {
        if (paperWidthDots < 96 || paperWidthDots > 2048) {
            throw new IllegalArgumentException("paper width must be 96..2048 dots: " + paperWidthDots);
        }
        this.charset = charset;
        this.paperWidthDots = paperWidthDots;
        this.chineseMode = chineseMode;
    }

    public int columns() {
        return TextWidth.columns(paperWidthDots);
    }

    /** Initialise, the receipt's lines, feed and cut. */
    public byte[] encode(Receipt receipt) {
        EscPosCommands out = new EscPosCommands().initialize();
        if (chineseMode) {
            out.chineseModeOn();
        }
        for (Receipt.Line line : receipt.lines()) {
            appendLine(out, line);
        }
        out.align(0).feedLines(3).feedAndCut(0);
        return out.toByteArray();
    }

    private void appendLine(EscPosCommands out, Receipt.Line line) {
        if (line instanceof Receipt.Text t) {
            text(out, t);
        } else if (line instanceof Receipt.KeyValue kv) {
            keyValue(out, kv);
        } else if (line instanceof Receipt.Qr qr) {
            requireQrFits(qr);
            out.align(1)
                    .qr(qr.payload().getBytes(StandardCharsets.UTF_8), qr.errorCorrection(), qr.moduleSize())
                    .lineFeed().align(0);
        } else if (line instanceof Receipt.Rule) {
            out.align(0).text(charset.encode("-".repeat(columns()))).lineFeed();
        } else if (line instanceof Receipt.Feed f) {
            out.feedLines(f.lines());
        }
    }

    /** A printer silently prints nothing for a QR too large for its level: refuse it here instead. */
    private static void requireQrFits(Receipt.Qr qr) {
        try {
            Encoder.encode(qr.payload(), ErrorCorrectionLevel.valueOf(String.valueOf(qr.errorCorrection())),
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("QR payload of " + qr.payload().length()
                    + " chars does not fit a QR code at level " + qr.errorCorrection());
        }
    }

    private void text(EscPosCommands out, Receipt.Text t) {
        int width = Math.max(1, columns() / t.scale());
        out.align(t.align().ordinal()).bold(t.bold()).size(t.scale(), t.scale());
        for (String paragraph : t.text().split("\n", -1)) {
            for (String piece : TextWidth.wrap(paragraph, width)) {
                if (charset.canPrint(piece)) {
                    out.text(charset.encode(piece)).lineFeed();
                } else {
                    out.align(0).raster(TextRaster.line(piece, t.align(), t.bold(), t.scale(), paperWidthDots))
                            .align(t.align().ordinal());
                }
            }
        }
        out.bold(false).size(1, 1).align(0);
    }

    private void keyValue(EscPosCommands out, Receipt.KeyValue kv) {
        List<String> lines = TextWidth.keyValue(kv.key(), kv.value(), columns());
        out.align(0);
        if (lines.stream().allMatch(charset::canPrint)) {
            for (String l : lines) {
                out.text(charset.encode(l)).lineFeed();
            }
        } else if (lines.size() == 1) {
            out.raster(TextRaster.columns(kv.key(), kv.value(), Receipt.Align.LEFT, false, 1, paperWidthDots));
        } else {
            for (String l : lines) {
                out.raster(TextRaster.line(l.strip(), l.startsWith(" ") ? Receipt.Align.RIGHT : Receipt.Align.LEFT,
                        false, 1, paperWidthDots));
            }
        }
    }
}
