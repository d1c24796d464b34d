package kiosk.app.ui.a11y;

import java.util.Locale;

/** WCAG 2.x contrast: sRGB relative luminance, ratio (L1 + 0.05) / (L2 + 0.05), alpha over a backdrop. */
public record Contrast(double red, double green, double blue, double alpha) {

    public static final Contrast WHITE = new Contrast(1, 1, 1, 1);
    public static final Contrast BLACK = new Contrast(0, 0, 0, 1);

    /** #rgb, #rrggbb, #rrggbbaa, rgb(...), rgba(...), white, black, transparent. */
    public static Contrast parse(String css) {
        String s = css.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "white":
                return WHITE;
            case "black":
                return BLACK;
            case "transparent":
                return new Contrast(0, 0, 0, 0);
            default:
                break;
        }
        if (s.startsWith("#")) {
            String hex = s.substring(1);
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            }
            int r = Integer.parseInt(hex.substring(0, 2), 16);
            int g = Integer.parseInt(hex.substring(2, 4), 16);
            int b = Integer.parseInt(hex.substring(4, 6), 16);
            int a = hex.length() == 8 ? Integer.parseInt(hex.substring(6, 8), 16) : 255;
            return new Contrast(r / 255.0, g / 255.0, b / 255.0, a / 255.0);
        }
        if (s.startsWith("rgb")) {
            String[] parts = s.substring(s.indexOf('(') + 1, s.indexOf(')')).split(",");
            double a = parts.length > 3 ? Double.parseDouble(parts[3].trim()) : 1;
            return new Contrast(Integer.parseInt(parts[0].trim()) / 255.0, Integer.parseInt(parts[1].trim()) / 255.0,
                    Integer.parseInt(parts[2].trim()) / 255.0, a);
        }
        throw new IllegalArgumentException("colour not understood: " + css);
    }

    /** This colour drawn with its alpha (times {@code opacity}) over an opaque {@code backdrop}. */
    public Contrast over(Contrast backdrop, double opacity) {
        double a = alpha * opacity;
        return new Contrast(red * a + backdrop.red * (1 - a), green * a + backdrop.green * (1 - a),
                blue * a + backdrop.blue * (1 - a), 1);
    }

    public Contrast over(Contrast backdrop) {
        return over(backdrop, 1);
    }

    public boolean opaque() {
        return alpha >= 1;
    }

    public boolean transparent() {
        return alpha <= 0;
    }

    /** WCAG 2.2 relative luminance (sRGB, 0.04045 threshold). */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    public static double ratio(Contrast a, Contrast b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public String hex() {
        return String.format("#%02x%02x%02x", Math.round(red * 255), Math.round(green * 255), Math.round(blue * 255));
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
