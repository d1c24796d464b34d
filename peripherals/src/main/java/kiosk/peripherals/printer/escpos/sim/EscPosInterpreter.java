package kiosk.peripherals.printer.escpos.sim;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kiosk.peripherals.printer.escpos.PrinterCharset;

/**
 * The command interpreter of the simulated printer: consumes an ESC/POS byte stream in pieces of
 * any size (a command split across reads waits for its remaining bytes) and drives the paper
 * ({@link ReceiptCanvas}) and the device side ({@link Host}: status replies, paper, cutter).
 *
 * <p>Every command the encoder emits is interpreted; other known commands are skipped with their
 * parameter lengths; an unknown ESC/GS/FS sequence is skipped as two bytes and counted. Declared
 * lengths are bounded, so garbage can neither allocate without limit nor stall the interpreter.
 * Real-time commands (DLE EOT) are recognised between commands only.
 */
public final class EscPosInterpreter {

    /** The device side the interpreter reports to. */
    public interface Host {
        /** DLE EOT n. */
        void realtimeStatus(int n);

        /** GS r n. */
        void transmitStatus(int n);

        /** GS a n. */
        void automaticStatusBack(int n);

        /** Moves paper; false when the printer cannot print (paper out, cover open, error): drop the output. */
        boolean consumePaper(int dots);

        /** Whether printing is possible now, without moving paper. */
        boolean canPrint();

        /** Cuts; false on a cutter fault. */
        boolean cut();

        /** A receipt is finished (cut, or ended incomplete). */
        void receipt(PrintedReceipt receipt);
    }

    /** Counts of what the interpreter had to skip or drop: the typed account of bad input. */
    public record Anomalies(int unknownCommands, int oversizedCommands, int droppedBytes) {
    }

    private static final int MAX_IMAGE_BYTES = 4 << 20;
    private static final int DEFAULT_LINE_SPACING = 30;

    private final Host host;
    private final PrinterCharset charset;
    private final boolean chineseModeAtPowerUp;
    private final ReceiptCanvas canvas;
    private final List<ReceiptCanvas.Run> line = new ArrayList<>();
    private final ByteArrayOutputStream runBytes = new ByteArrayOutputStream();

    private byte[] buf = new byte[1024];
    private int start;
    private int end;
    private long skipRemaining;

    private boolean bold;
    private int widthScale = 1;
    private int heightScale = 1;
    private int align;
    private int lineSpacing = DEFAULT_LINE_SPACING;
    private boolean chineseMode;
    private boolean receiptDamaged;
    private int barcodeHeight = 162;
    private int barcodeModule = 3;
    private int hriPosition;
    private int bitImageHeight; // an ESC * image sits on the current line: the next LF advances past it
    private byte[] qrData = new byte[0];
    private char qrLevel = 'L';
    private int qrModule = 3;
    private int receiptNumber;
    private int unknownCommands;
    private int oversizedCommands;
    private int droppedBytes;

    public EscPosInterpreter(Host host, PrinterCharset charset, int paperWidthDots, boolean chineseModeAtPowerUp) {
        this.host = host;
        this.charset = charset;
        this.chineseModeAtPowerUp = chineseModeAtPowerUp;
        this.chineseMode = chineseModeAtPowerUp;
        this.canvas = new ReceiptCanvas(paperWidthDots);
    }

    public Anomalies anomalies() {
        return new Anomalies(unknownCommands, oversizedCommands, droppedBytes);
    }

    /** Interprets what it can of the bytes; an incomplete trailing command waits for more. */
    public void feed(byte[] data, int offset, int length) {
        int i = offset;
        int stop = offset + length;
        if (skipRemaining > 0) {
            int skip = (int) Math.min(skipRemaining, length);
            skipRemaining -= skip;
            i += skip;
        }
        append(data, i, stop - i);
        while (start < end) {
            int used = step();
            if (used == 0) {
                break;
            }
            start += used;
        }
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    /** End of input (a file): prints a pending line; an uncut receipt is kept as incomplete. */
    public void finish() {
        if (start < end) {
            droppedBytes += end - start;
            start = end = 0;
        }
        flushLine();
        if (!canvas.isEmpty()) {
            host.receipt(canvas.finish(++receiptNumber, false));
        }
    }

    private void append(byte[] data, int off, int len) {
        if (len <= 0) {
            return;
        }
        if (start > 0 && end + len > buf.length) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, end + len));
        }
        System.arraycopy(data, off, buf, end, len);
        end += len;
    }

    private int available() {
        return end - start;
    }

    private int at(int k) {
        return buf[start + k] & 0xFF;
    }

    /** Interprets one command or text run at the buffer head; returns the bytes used, 0 for "need more". */
    private int step() {
        int b = at(0);
        if (b >= 0x20) {
            return textRun();
        }
        switch (b) {
            case 0x0A -> {
                printLine();
                return 1;
            }
            case 0x09 -> {
                runBytes.write(' ');
                return 1;
            }
            case 0x18 -> {
                runBytes.reset();
                line.clear();
                return 1;
            }
            case 0x1B -> {
                return esc();
            }
            case 0x1D -> {
                return gs();
            }
            case 0x1C -> {
                return fs();
            }
            case 0x10 -> {
                return dle();
            }
            default -> {
                return 1; // CR and other control bytes: nothing to do
            }
        }
    }

    private int textRun() {
        int n = 0;
        while (n < available() && at(n) >= 0x20) {
            n++;
        }
        runBytes.write(buf, start, n);
        return n;
    }

    private int esc() {
        if (available() < 2) {
            return 0;
        }
        int c = at(1);
        switch (c) {
            case '@' -> {
                initialize();
                return 2;
            }
            case 'E', 'G' -> {
                return withParam(3, p -> setBold((p & 1) != 0));
            }
            case '!' -> {
                return withParam(3, p -> {
                    setBold((p & 0x08) != 0);
                    setSize((p & 0x20) != 0 ? 2 : 1, (p & 0x10) != 0 ? 2 : 1);
                });
            }
            case 'a' -> {
                return withParam(3, p -> {
                    flushRun();
                    align = (p % 48) <= 2 ? p % 48 : 0;
                });
            }
            case 'd' -> {
                return withParam(3, p -> {
                    flushLine();
                    feedDots(p * lineSpacing);
                });
            }
            case 'J' -> {
                return withParam(3, p -> {
                    flushLine();
                    feedDots(p);
                });
            }
            case '2' -> {
                lineSpacing = DEFAULT_LINE_SPACING;
                return 2;
            }
            case '3' -> {
                return withParam(3, p -> lineSpacing = p);
            }
            case 'i', 'm' -> {
                cutNow();
                return 2;
            }
            case '-', 'M', 't', 'R', '{', 'V', ' ', 'r', '%', 'U', 'T', '=', 'K', 'e', '<', 'u', 'v' -> {
                return available() < 3 ? 0 : 3;
            }
            case '$', '\\', 'c' -> {
                return available() < 4 ? 0 : 4;
            }
            case 'p' -> {
                return available() < 5 ? 0 : 5;
            }
            case 'W' -> {
                return available() < 10 ? 0 : 10;
            }
            case 'L', 'S' -> {
                return 2;
            }
            case 'D' -> {
                int n = 2;
                while (n < available() && n < 2 + 33 && at(n) != 0) {
                    n++;
                }
                if (n == available() && n < 2 + 33) {
                    return 0;
                }
                return Math.min(n + 1, available());
            }
            case '*' -> {
                return bitImage();
            }
            default -> {
                unknownCommands++;
                return 2;
            }
        }
    }

    private int gs() {
        if (available() < 2) {
            return 0;
        }
        int c = at(1);
        switch (c) {
            case '!' -> {
                return withParam(3, p -> setSize(((p >> 4) & 7) + 1, (p & 7) + 1));
            }
            case 'a' -> {
                return withParam(3, host::automaticStatusBack);
            }
            case 'r' -> {
                return withParam(3, host::transmitStatus);
            }
            case 'V' -> {
                return cut();
            }
            case 'v' -> {
                return rasterImage();
            }
            case '(' -> {
                return gsParen();
            }
            case 'k' -> {
                return barcode();
            }
            case '8' -> {
                if (available() < 7) {
                    return 0;
                }
                long len = (at(3) | (at(4) << 8) | ((long) at(5) << 16) | ((long) at(6) << 24));
                return skip(7, len);
            }
            case '*' -> {
                if (available() < 4) {
                    return 0;
                }
                return skip(4, (long) at(2) * at(3) * 8);
            }
            case 'h' -> {
                return withParam(3, p -> barcodeHeight = Math.max(1, p));
            }
            case 'w' -> {
                return withParam(3, p -> barcodeModule = Math.max(1, Math.min(6, p)));
            }
            case 'H' -> {
                return withParam(3, p -> hriPosition = p & 3);
            }
            case 'B', 'f', 'I', 'T', '/', 'E', 'b', 'j' -> {
                return available() < 3 ? 0 : 3;
            }
            case 'L', 'W', '$', '\\', 'P' -> {
                return available() < 4 ? 0 : 4;
            }
            case '^' -> {
                return available() < 5 ? 0 : 5;
            }
            case ':', 'c' -> {
                return 2;
            }
            default -> {
                unknownCommands++;
                return 2;
            }
        }
    }

    private int fs() {
        if (available() < 2) {
            return 0;
        }
        int c = at(1);
        switch (c) {
            case '&' -> {
                flushRun();
                chineseMode = true;
                return 2;
            }
            case '.' -> {
                flushRun();
                chineseMode = false;
                return 2;
            }
            case '!' -> {
                return withParam(3, p -> setSize((p & 0x04) != 0 ? 2 : 1, (p & 0x08) != 0 ? 2 : 1));
            }
            case '-', 'W', 'C', 'U', 'V' -> {
                return available() < 3 ? 0 : 3;
            }
            case 'S', 'p' -> {
                return available() < 4 ? 0 : 4;
            }
            case '2' -> {
                return skip(4, 72);
            }
            default -> {
                unknownCommands++;
                return 2;
            }
        }
    }

    private int dle() {
        if (available() < 2) {
            return 0;
        }
        int c = at(1);
        if (c == 0x04) {
            if (available() < 3) {
                return 0;
            }
            int n = at(2);
            if (n >= 1 && n <= 4) {
                host.realtimeStatus(n);
                return 3;
            }
            if (n == 7 || n == 8) {
                return available() < 4 ? 0 : 4;
            }
            unknownCommands++;
            return 3;
        }
        if (c == 0x05) {
            return available() < 3 ? 0 : 3;
        }
        if (c == 0x14) {
            if (available() < 3) {
                return 0;
            }
            int need = at(2) == 8 ? 10 : 5;
            return available() < need ? 0 : need;
        }
        return 1;
    }

    private int cut() {
        if (available() < 3) {
            return 0;
        }
        int m = at(2);
        if (m == 0 || m == 1 || m == 48 || m == 49) {
            cutNow();
            return 3;
        }
        if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
            if (available() < 4) {
                return 0;
            }
            flushLine();
            feedDots(at(3));
            cutNow();
            return 4;
        }
        unknownCommands++;
        return 3;
    }

    private int rasterImage() {
        if (available() < 3) {
            return 0;
        }
        if (at(2) != '0' && at(2) != 0) {
            unknownCommands++;
            return 3;
        }
        if (available() < 8) {
            return 0;
        }
        int mode = at(3);
        int widthBytes = at(4) | (at(5) << 8);
        int rows = at(6) | (at(7) << 8);
        long size = (long) widthBytes * rows;
        if (size > MAX_IMAGE_BYTES || widthBytes * 8 > canvas.widthDots() * 4) {
            oversizedCommands++;
            return skip(8, size);
        }
        if (available() < 8 + size) {
            return 0;
        }
        flushLine();
        int sx = (mode & 1) != 0 ? 2 : 1;
        int sy = (mode & 2) != 0 ? 2 : 1;
        BufferedImage image = new BufferedImage(Math.max(1, widthBytes * 8 * sx), Math.max(1, rows * sy),
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < widthBytes * 8; x++) {
                int bits = at(8 + y * widthBytes + x / 8);
                int rgb = (bits & (0x80 >> (x % 8))) != 0 ? 0x000000 : 0xFFFFFF;
                for (int dy = 0; dy < sy; dy++) {
                    for (int dx = 0; dx < sx; dx++) {
                        image.setRGB(x * sx + dx, y * sy + dy, rgb);
                    }
                }
            }
        }
        if (host.consumePaper(image.getHeight())) {
            canvas.image(image, align, "[image " + image.getWidth() + "x" + image.getHeight() + "]");
        } else {
            receiptDamaged = true;
        }
        return (int) (8 + size);
    }

    private int gsParen() {
        if (available() < 5) {
            return 0;
        }
        int fnGroup = at(2);
        int len = at(3) | (at(4) << 8);
        if (fnGroup != 'k') {
            return skip(5, len);
        }
        if (available() < 5 + len) {
            return 0;
        }
        if (len >= 3 && at(5) == 49) {
            int fn = at(6);
            switch (fn) {
                case 67 -> qrModule = Math.max(1, Math.min(16, at(7)));
                case 69 -> qrLevel = "LMQH".charAt(Math.max(0, Math.min(3, at(7) - 48)));
                case 80 -> qrData = Arrays.copyOfRange(buf, start + 8, start + 5 + len);
                case 81 -> printQr();
                default -> {
                    // fn 65 model, 82 size query: nothing to draw
                }
            }
        }
        return 5 + len;
    }

    private int barcode() {
        if (available() < 3) {
            return 0;
        }
        int m = at(2);
        if (m <= 6) {
            int n = 3;
            while (n < available() && n < 3 + 256 && at(n) != 0) {
                n++;
            }
            if (n == available() && n < 3 + 256) {
                return 0;
            }
            drawBarcode(m, bytes(3, n - 3));
            return Math.min(n + 1, available());
        }
        if (available() < 4) {
            return 0;
        }
        int length = at(3);
        if (available() < 4 + length) {
            return skip(4, length);
        }
        drawBarcode(m, bytes(4, length));
        return 4 + length;
    }

    private byte[] bytes(int from, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) at(from + i);
        }
        return out;
    }

    /** GS k: draws the symbol with ZXing's writers at the GS h height and GS w module width. */
    private void drawBarcode(int m, byte[] data) {
        flushLine();
        BarcodeFormat format = switch (m) {
            case 0, 65 -> BarcodeFormat.UPC_A;
            case 1, 66 -> BarcodeFormat.UPC_E;
            case 2, 67 -> BarcodeFormat.EAN_13;
            case 3, 68 -> BarcodeFormat.EAN_8;
            case 4, 69 -> BarcodeFormat.CODE_39;
            case 5, 70 -> BarcodeFormat.ITF;
            case 6, 71 -> BarcodeFormat.CODABAR;
            case 72 -> BarcodeFormat.CODE_93;
            case 73 -> BarcodeFormat.CODE_128;
            default -> null;
        };
        String content = new String(data, StandardCharsets.ISO_8859_1);
        if (format == BarcodeFormat.CODE_128 && content.length() >= 2 && content.charAt(0) == '{') {
            content = content.substring(2); // code set selector ({A {B {C): ZXing picks the code sets itself
        }
        if (format == null) {
            unknownCommands++;
            return;
        }
        BufferedImage image;
        try {
            BitMatrix matrix = new MultiFormatWriter().encode(content, format, 0, barcodeHeight);
            int width = Math.min(canvas.widthDots(), matrix.getWidth() * barcodeModule);
            image = new BufferedImage(Math.max(1, width), barcodeHeight, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < barcodeHeight; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, matrix.get(x / barcodeModule, Math.min(y, matrix.getHeight() - 1)) ? 0x000000 : 0xFFFFFF);
                }
            }
        } catch (WriterException | IllegalArgumentException e) {
            unknownCommands++; // the printer would print nothing for data its symbology rejects
            return;
        }
        if (host.consumePaper(image.getHeight())) {
            canvas.image(image, align, "[barcode " + format + "] " + content);
        } else {
            receiptDamaged = true;
        }
    }

    /** ESC * m nL nH d...: one band of a column-format bit image (8 or 24 dots high). */
    private int bitImage() {
        if (available() < 5) {
            return 0;
        }
        int m = at(2);
        int columns = at(3) | (at(4) << 8);
        boolean tall = m == 32 || m == 33;
        boolean singleDensity = m == 0 || m == 32;
        int bytesPerColumn = tall ? 3 : 1;
        long size = (long) columns * bytesPerColumn;
        if (m != 0 && m != 1 && m != 32 && m != 33 || columns * (singleDensity ? 2 : 1) > canvas.widthDots() * 4) {
            unknownCommands++;
            return skip(5, size);
        }
        if (available() < 5 + size) {
            return 0;
        }
        flushLine();
        int height = bytesPerColumn * 8;
        int sx = singleDensity ? 2 : 1;
        BufferedImage image = new BufferedImage(Math.max(1, columns * sx), height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < columns; x++) {
            for (int y = 0; y < height; y++) {
                int bits = at(5 + x * bytesPerColumn + y / 8);
                int rgb = (bits & (0x80 >> (y % 8))) != 0 ? 0x000000 : 0xFFFFFF;
                for (int dx = 0; dx < sx; dx++) {
                    image.setRGB(x * sx + dx, y, rgb);
                }
            }
        }
        if (host.consumePaper(height)) {
            canvas.image(image, align, "[bit image " + image.getWidth() + "x" + height + "]");
            bitImageHeight = height;
        } else {
            receiptDamaged = true;
        }
        return (int) (5 + size);
    }

    /** Skips a header of {@code header} bytes plus {@code data} bytes that may not have arrived yet. */
    private int skip(int header, long data) {
        long total = header + data;
        if (total <= available()) {
            return (int) total;
        }
        skipRemaining = total - available();
        return available();
    }

    private int withParam(int length, java.util.function.IntConsumer action) {
        if (available() < length) {
            return 0;
        }
        action.accept(at(length - 1));
        return length;
    }

    private void initialize() {
        flushLine();
        bold = false;
        widthScale = 1;
        heightScale = 1;
        align = 0;
        lineSpacing = DEFAULT_LINE_SPACING;
        chineseMode = chineseModeAtPowerUp;
    }

    private void setBold(boolean on) {
        flushRun();
        bold = on;
    }

    private void setSize(int w, int h) {
        flushRun();
        widthScale = w;
        heightScale = h;
    }

    /** Closes the current style run: decodes its bytes with the code system now in force. */
    private void flushRun() {
        if (runBytes.size() == 0) {
            return;
        }
        byte[] bytes = runBytes.toByteArray();
        runBytes.reset();
        Charset cs = chineseMode ? charset.charset() : Charset.forName("IBM437");
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("?")
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = "?".repeat(bytes.length);
        }
        line.add(new ReceiptCanvas.Run(text, bold, widthScale, heightScale));
    }

    private void printLine() {
        flushRun();
        List<ReceiptCanvas.Run> runs = List.copyOf(line);
        line.clear();
        if (!host.canPrint()) {
            if (!runs.isEmpty()) {
                receiptDamaged = true;
            }
            return;
        }
        int imageOnLine = bitImageHeight;
        bitImageHeight = 0;
        if (runs.isEmpty() && imageOnLine > 0) {
            feedDots(lineSpacing - imageOnLine); // the band itself was the line (logos: ESC 3 24, ESC *, LF)
            return;
        }
        int dots = runs.isEmpty() ? Math.max(lineSpacing, 24 * heightScale)
                : canvas.textLine(runs, align, lineSpacing);
        if (runs.isEmpty()) {
            canvas.feed(dots);
        }
        if (!host.consumePaper(dots)) {
            receiptDamaged = true;
        }
    }

    /** Prints what is in the line buffer without an extra feed when it is empty (ESC d, GS V). */
    private void flushLine() {
        flushRun();
        if (!line.isEmpty()) {
            printLine();
        }
    }

    private void feedDots(int dots) {
        if (dots <= 0) {
            return;
        }
        if (host.consumePaper(dots)) {
            canvas.feed(dots);
        }
    }

    private void printQr() {
        flushLine();
        if (qrData.length == 0) {
            return;
        }
        String payload = new String(qrData, StandardCharsets.UTF_8);
        try {
            QRCode code = Encoder.encode(payload, ErrorCorrectionLevel.valueOf(String.valueOf(qrLevel)),
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteMatrix m = code.getMatrix();
            int size = m.getWidth() * qrModule;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    image.setRGB(x, y, m.get(x / qrModule, y / qrModule) == 1 ? 0x000000 : 0xFFFFFF);
                }
            }
            if (host.consumePaper(size)) {
                canvas.image(image, align, "[QR " + qrLevel + "] " + payload);
            } else {
                receiptDamaged = true;
            }
        } catch (WriterException | IllegalArgumentException e) {
            unknownCommands++;
        }
    }

    private void cutNow() {
        flushLine();
        boolean cut = host.canPrint() && host.cut();
        boolean complete = cut && !receiptDamaged;
        if (!canvas.isEmpty() || receiptDamaged) {
            host.receipt(canvas.finish(++receiptNumber, complete));
        }
        receiptDamaged = false;
    }
}
