package kiosk.peripherals.printer.escpos.sim;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import kiosk.peripherals.printer.escpos.PrinterCharset;

/**
 * Renders a captured ESC/POS byte stream (a file) to text and one image, with the simulator's own
 * interpreter and an endless roll: what `./kiosk diag render-escpos` shows staff.
 */
public final class EscPosRenderer {

    /** The receipts found in the stream, their text, one image of them all and what was skipped. */
    public record Rendering(List<PrintedReceipt> receipts, String text, BufferedImage image,
                            EscPosInterpreter.Anomalies anomalies) {
    }

    private EscPosRenderer() {
    }

    public static Rendering render(byte[] data, PrinterCharset charset, int paperWidthDots) {
        return render(data, charset, paperWidthDots, false);
    }

    /**
     * {@code chineseModeAtPowerUp}: like most printers sold with a GB18030 code system, two-byte codes
     * are Chinese without an FS &amp; first (files captured from Chinese point-of-sale software rely on it).
     */
    public static Rendering render(byte[] data, PrinterCharset charset, int paperWidthDots, boolean chineseModeAtPowerUp) {
        List<PrintedReceipt> receipts = new ArrayList<>();
        EscPosInterpreter interpreter = new EscPosInterpreter(new EscPosInterpreter.Host() {
            @Override
            public void realtimeStatus(int n) {
                // a file has nobody to answer
            }

            @Override
            public void transmitStatus(int n) {
                // a file has nobody to answer
            }

            @Override
            public void automaticStatusBack(int n) {
                // a file has nobody to answer
            }

            @Override
            public boolean consumePaper(int dots) {
                return true;
            }

            @Override
            public boolean canPrint() {
                return true;
            }

            @Override
            public boolean cut() {
                return true;
            }

            @Override
            public void receipt(PrintedReceipt receipt) {
                receipts.add(receipt);
            }
        }, charset, paperWidthDots, chineseModeAtPowerUp);
        interpreter.feed(data, 0, data.length);
        interpreter.finish();
        StringBuilder text = new StringBuilder();
        int height = 0;
        for (PrintedReceipt r : receipts) {
            text.append(r.text());
            text.append(r.complete() ? "----- cut -----\n" : "----- (not cut) -----\n");
            height += r.image().getHeight() + 16;
        }
        BufferedImage image = new BufferedImage(paperWidthDots, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.LIGHT_GRAY);
            g.fillRect(0, 0, paperWidthDots, image.getHeight());
            int y = 0;
            for (PrintedReceipt r : receipts) {
                g.drawImage(r.image(), 0, y, null);
                y += r.image().getHeight() + 16;
            }
        } finally {
            g.dispose();
        }
        return new Rendering(List.copyOf(receipts), text.toString(), image, interpreter.anomalies());
    }
}
