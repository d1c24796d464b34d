package kiosk.peripherals.printer.escpos.sim;

import java.awt.image.BufferedImage;
import java.time.Instant;

/**
 * One receipt as the simulated printer produced it: the paper image, the text it printed (QR codes
 * as "[QR] payload", images as "[image WxH]") and whether it came out whole and cut.
 */
public record PrintedReceipt(int number, BufferedImage image, String text, boolean complete, Instant at) {

    @Override
    public String toString() {
        return "PrintedReceipt[#" + number + ", " + image.getWidth() + "x" + image.getHeight()
                + (complete ? ", complete" : ", incomplete") + "]";
    }
}
