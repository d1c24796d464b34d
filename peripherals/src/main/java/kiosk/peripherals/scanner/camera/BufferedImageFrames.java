package kiosk.peripherals.scanner.camera;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** The AWT edge: turns a BufferedImage into the luminance frame the decoding core works on. */
public final class BufferedImageFrames {

    private BufferedImageFrames() {
    }

    /** Rec. 601 luma; transparent pixels count as white, like a code printed on paper. */
    public static LumaFrame toLuma(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if ((long) w * h > LumaFrame.MAX_PIXELS) {
            throw new IllegalArgumentException("image too large: " + w + "x" + h);
        }
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == w * h && image.getRaster().getParent() == null) {
            return new LumaFrame(w, h, buffer.getData().clone());
        }
        byte[] out = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                int luma = (r * 306 + g * 601 + b * 117 + 512) >> 10;
                // composite over white
                out[y * w + x] = (byte) ((luma * alpha + 255 * (255 - alpha) + 127) / 255);
            }
        }
        return new LumaFrame(w, h, out);
    }

    /** A grey-scale image of the frame (for writing corpus frames to disk or showing them). */
    public static BufferedImage toImage(LumaFrame frame) {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(frame.pixels(), 0, data, 0, data.length);
        return image;
    }
}
